package io.wageguard.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import io.wageguard.arrears.adapter.mongo.CaseDocument;
import io.wageguard.arrears.adapter.mongo.CaseStore;
import io.wageguard.arrears.application.StoredCase;
import io.wageguard.devstack.DevstackH2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The deadline sweep of arrears-reporting with many open cases: N open cases of which {@code --due} are due
 * today, the time of one sweep (median of {@code --runs}), then again with 2N open cases, and the ratio.
 *
 * <p>What runs: arrears-reporting's own {@link CaseStore#findDue} (the query the sweeper reads due cases with:
 * {@code nextDeadlineAt <= today}, sorted, limit = batch) on a {@link MongoTemplate} built here, in the
 * sweeper's loop (batches of 100, at most 20 a pass), and for each due case the conditional save the sweeper
 * does ({@code _id} + {@code version} match, new {@code nextDeadlineAt}, version + 1). Not run:
 * {@code DeadlineSweeper} itself and the domain step, because constructing it needs the outbox relay and a
 * Kafka producer; their cost per due case does not depend on how many cases are open. The index is the one
 * the service declares ({@code @Indexed(sparse = true) nextDeadlineAt}).
 *
 * <pre>
 *   infra/benchmark/run sweep [--open=1000000] [--due=1000] [--runs=5] [--mongo=embedded|container]
 * </pre>
 * {@code embedded} (default): mongo-java-server on an H2 file, as the devstack runs it ({@link DevstackH2Backend});
 * it ignores non-unique secondary indexes, so the due query is a scan there. {@code container}: a real {@code mongo:8.0}
 * through Testcontainers (needs a Docker engine).
 */
public final class SweepBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final int BATCH = 100;
  private static final int MAX_BATCHES = 20;

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    int open = Integer.parseInt(options.getOrDefault("open", "1000000"));
    int due = Integer.parseInt(options.getOrDefault("due", "1000"));
    int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
    String mode = options.getOrDefault("mongo", "embedded");

    AutoCloseable server;
    String uri;
    if (mode.equals("container")) {
      MongoDBContainer container = new MongoDBContainer("mongo:8.0");
      container.start();
      server = container;
      uri = container.getReplicaSetUrl("benchmark-sweep");
    } else {
      Path dir = Files.createTempDirectory("wageguard-sweep-");
      MongoServer mongoServer = new MongoServer(new DevstackH2Backend(dir.resolve("sweep.mv.db").toString()));
      mongoServer.bind("127.0.0.1", 0);
      server = mongoServer::shutdownNow;
      uri = "mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort() + "/benchmark-sweep";
    }
    System.out.printf("deadline sweep: %,d open cases, %,d due, %d runs, MongoDB %s (%s)%n", open, due, runs, mode, uri);
    try (server; MongoClient client = MongoClients.create(uri)) {
      MongoTemplate template = new MongoTemplate(client, "benchmark-sweep");
      // the index arrears-reporting declares on CaseDocument (auto-index-creation in the chassis)
      template.indexOps(CaseDocument.class).createIndex(new Index("nextDeadlineAt", Sort.Direction.ASC).sparse());
      CaseStore store = new CaseStore(template, null); // findDue does not touch the outbox
      MongoCollection<Document> cases = client.getDatabase("benchmark-sweep").getCollection(CaseDocument.COLLECTION);

      LocalDate today = LocalDate.now(SHANGHAI);
      insertOpen(cases, 0, open, due, today);
      double first = measure(store, cases, today, due, runs, open);
      insertOpen(cases, open, 2 * open, 0, today);
      double second = measure(store, cases, today, due, runs, 2 * open);
      System.out.printf("%nRESULT sweep of %,d due: median %.0f ms with %,d open, %.0f ms with %,d open, ratio %.2f (%s)%n",
          due, first, open, second, 2 * open, second / first, mode);
    }
  }

  /** Open cases with a deadline weeks ahead; the first {@code due} of them are due yesterday. */
  private static void insertOpen(MongoCollection<Document> cases, int from, int to, int due, LocalDate today) {
    long start = System.nanoTime();
    List<Document> batch = new ArrayList<>(5_000);
    for (int i = from; i < to; i++) {
      String nextDeadline = i - from < due ? today.minusDays(1).toString() : today.plusDays(5 + i % 40).toString();
      batch.add(new Document("_id", "case-" + i)
          .append("version", 0L)
          .append("submissionId", "submission-" + i)
          .append("creditCode", "91320585MA" + String.format("%07d", i % 50_000) + "X")
          .append("jurisdiction", i % 2 == 0 ? "320585" : "320505")
          .append("status", "OPEN")
          .append("arrearsStartDate", today.minusDays(i % 30).toString())
          .append("wageMonths", List.of(today.minusMonths(1).toString().substring(0, 7)))
          .append("amountOwed", "12000.00")
          .append("amountPaid", "0.00")
          .append("workersAffected", 5)
          .append("reporterRole", "UNION")
          .append("reportDeadline", today.plusDays(5).toString())
          .append("nextDeadlineAt", nextDeadline));
      if (batch.size() == 5_000) {
        cases.insertMany(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      cases.insertMany(batch);
    }
    System.out.printf("  inserted %,d open cases in %.1f s%n", to - from, (System.nanoTime() - start) / 1e9);
  }

  private static double measure(CaseStore store, MongoCollection<Document> cases, LocalDate today, int due, int runs,
      int open) {
    double[] millis = new double[runs];
    for (int run = 0; run < runs; run++) {
      // make the same cases due again (not timed)
      cases.updateMany(Filters.in("_id", dueIds(due)), Updates.set("nextDeadlineAt", today.minusDays(1).toString()));
      long start = System.nanoTime();
      int moved = sweepOnce(store, cases, today);
      millis[run] = (System.nanoTime() - start) / 1e6;
      if (moved != due) {
        throw new IllegalStateException("moved " + moved + " cases, expected " + due);
      }
      System.out.printf("  %,d open: sweep %d moved %,d in %.0f ms%n", open, run + 1, moved, millis[run]);
    }
    Arrays.sort(millis);
    return millis[runs / 2];
  }

  /** DeadlineSweeper.sweepOnce's loop, with its conditional save replaced by the equivalent update. */
  private static int sweepOnce(CaseStore store, MongoCollection<Document> cases, LocalDate today) {
    int moved = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      List<StoredCase> found = store.findDue(today, BATCH);
      int movedNow = 0;
      for (StoredCase doc : found) {
        long version = doc.version();
        movedNow += (int) cases.updateOne(Filters.and(Filters.eq("_id", doc.caseId()), Filters.eq("version", version)),
            Updates.combine(Updates.set("nextDeadlineAt", today.plusDays(25).toString()), Updates.inc("version", 1L)))
            .getModifiedCount();
      }
      moved += movedNow;
      if (found.size() < BATCH || movedNow == 0) {
        break;
      }
    }
    return moved;
  }

  private static List<String> dueIds(int due) {
    List<String> ids = new ArrayList<>(due);
    for (int i = 0; i < due; i++) {
      ids.add("case-" + i);
    }
    return ids;
  }
}
