package io.wageguard.devstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 backend with two repairs for the devstack's load. First, a query naming one {@code _id}
 * and more ({@code {_id: x, version: 3}}, an optimistic update; {@code {_id: x, outboxPending: true}}) reads that
 * one document through the {@code _id} index and matches the rest on it, as MongoDB does. mongo-java-server uses an index only for a query on exactly
 * its keys, so every such query scanned the whole collection: with 10,000 cases stored, an update by id and
 * version took 80 ms and the devstack slowed to a few submissions a second.
 *
 * <p>And it hands out copies: mongo-java-server encodes a reply after releasing the collection's lock, while an
 * update changes the stored document object in place, so a reply could fail with ConcurrentModificationException
 * and never reach the client (seen in a 10,000-submission fault run, a request then waited forever). Documents in
 * replies are copied under the lock.
 *
 * <p>The collections are opened exactly as {@link H2Database} opens them (same map names), so a data directory
 * written before reads the same.
 */
public final class DevstackH2Backend extends H2Backend {

    public DevstackH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                String namespace = getFullCollectionNamespace(collectionName);
                MVMap<Object, Document> data = getMvStore().openMap("databases." + namespace);
                MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
                return new RepairedCollection(this, collectionName, options, data, meta);
            }
        };
    }

    private final class RepairedCollection extends H2Collection {

        RepairedCollection(MongoDatabase database, String name, CollectionOptions options,
                            MVMap<Object, Document> data, MVMap<String, Object> meta) {
            super(database, name, options, data, meta, getCursorRegistry());
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Object id = query.get("_id");
            if (query.size() > 1 && id != null && !(id instanceof Document)) {
                Document byId = new Document("_id", id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        // the candidates are the one document with this _id; the whole query is matched on it
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        @Override
        public synchronized QueryResult handleQuery(QueryParameters parameters) {
            QueryResult result = super.handleQuery(parameters);
            List<Document> copies = new ArrayList<>();
            result.forEach(document -> copies.add(document.cloneDeeply()));
            return new QueryResult(copies, result.getCursorId());
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            Document reply = super.findAndModify(query);
            return reply == null ? null : reply.cloneDeeply();
        }
    }
}
