package io.wageguard.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries naming an _id and more answer exactly as before, through the real driver, and old files read the same. */
class DevstackH2BackendTest {

    @TempDir Path dir;

    @Test
    void aQueryNamingAnIdAndMoreMatchesTheWholeQueryOnThatDocument() {
        withServer(new DevstackH2Backend(dir.resolve("store.mv.db").toString()), cases -> {
            cases.insertMany(List.of(
                    new Document("_id", "a").append("version", 1).append("outbox", List.of(new Document("eventId", "e1"))),
                    new Document("_id", "b").append("version", 1).append("outbox", List.of())));

            assertThat(cases.find(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1))).first())
                    .isNotNull();
            assertThat(cases.find(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 2))).first())
                    .as("the rest of the query still decides").isNull();
            assertThat(cases.find(Filters.and(Filters.eq("_id", "missing"), Filters.eq("version", 1))).first())
                    .isNull();

            // an optimistic update, and the outbox relay's "exactly what was sent" update
            assertThat(cases.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)),
                    Updates.inc("version", 1)).getModifiedCount()).isEqualTo(1);
            assertThat(cases.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)),
                    Updates.inc("version", 1)).getMatchedCount()).as("stale version").isZero();
            assertThat(cases.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.size("outbox", 1),
                    Filters.all("outbox.eventId", List.of("e1"))), Updates.set("outbox", List.of()))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(cases.find(Filters.eq("_id", "a")).first().getList("outbox", Document.class)).isEmpty();

            // an _id given by an operator is not one document: the whole collection is searched, as before
            assertThat(cases.find(Filters.and(Filters.in("_id", List.of("a", "b")), Filters.eq("version", 1)))
                    .into(new ArrayList<>())).extracting(d -> d.getString("_id")).containsExactly("b");
            return null;
        });
    }

    @Test
    void aFileWrittenByThePlainBackendReadsTheSame() {
        String file = dir.resolve("old.mv.db").toString();
        withServer(new H2Backend(file), cases -> cases.insertOne(new Document("_id", "kept").append("version", 7)));
        Document read = withServer(new DevstackH2Backend(file), cases ->
                cases.find(Filters.and(Filters.eq("_id", "kept"), Filters.eq("version", 7))).first());
        assertThat(read).isNotNull();
        assertThat(read.getInteger("version")).isEqualTo(7);
    }

    private static <T> T withServer(H2Backend backend, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend);
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                return work.apply(client.getDatabase("test").getCollection("cases"));
            }
        } finally {
            server.shutdownNow();
        }
    }
}
