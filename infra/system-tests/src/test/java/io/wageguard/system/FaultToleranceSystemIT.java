package io.wageguard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.chassis.events.Topic;
import io.wageguard.devstack.DevAccounts;
import io.wageguard.devstack.RunningDevstack;
import io.wageguard.testsupport.TestCreditCodes;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Faults, each against the whole system on a devstack of this class's own (it kills and stops parts of it, so
 * it cannot share {@link RunningSystem}'s): a consuming service killed with SIGKILL, the broker restarted and
 * MongoDB unavailable, each in the middle of a run of submissions onto {@code arrears.submissions}; and poison
 * records mixed into the stream. Each scenario uses enterprises of its own and asserts what a user sees: one
 * case per submission ({@code GET /api/cases}), one EW-1 alert per case ({@code GET /api/alerts} and distinct
 * alert ids on {@code alerts}), no submission with two cases, dead letters with their reason.
 *
 * <p>Size: the issue asks for 10,000 submissions per run, and that is the default here (no property, or
 * {@code -Dfaults.submissions=10000} on the Maven command line, for a manual run). On the 2-core build machine
 * the kill and broker scenarios took 193 s and 205 s at 10,000, one after the other on one devstack; CI runs 200
 * (the module's pom sets {@code faults.submissions}) to keep its run short. The assertions are the same, only the
 * volume differs. The poison and MongoDB scenarios use at most 100 and 200 of them.
 *
 * <p>The scenarios run in any order and each alone ({@code -Dit.test='FaultToleranceSystemIT#kafkaBroker*'}): each
 * sends its own run for its own enterprises, and each starts from a whole stack ({@link #wholeStack()}), whatever
 * the one before it killed, cut or restarted, and however it ended.
 */
class FaultToleranceSystemIT {

  static final int SUBMISSIONS = Integer.getInteger("wageguard.faults.submissions", 10_000);
  /**
   * How long each phase of the kill and broker scenarios may take: 3 minutes, plus the run's submissions at 5 a
   * second, well under what the devstack manages on the 2-core machine (about 50 a second). The bound scales with
   * the volume, so 10,000 gets room that 200 does not need.
   */
  static final Duration RUN_WAIT = Duration.ofMinutes(3).plusMillis(SUBMISSIONS * 200L);
  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";

  static RunningDevstack stack;
  static TopicTally tally;
  static KafkaProducer<String, String> producer;

  @BeforeAll
  static void startOwnSystem() {
    stack = RunningSystem.startSeparate("wageguard-faults-");
    tally = new TopicTally(stack.kafkaClientProperties("admin"));
    // the labour bureaus' systems: their principal may write arrears.submissions and nothing else
    Map<String, Object> producerProperties = new java.util.HashMap<>(stack.kafkaClientProperties(Topic.EXTERNAL_WRITER));
    producerProperties.putAll(Map.of(
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.LINGER_MS_CONFIG, 5,
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000,
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    producer = new KafkaProducer<>(producerProperties);
    System.out.printf("fault tests: %,d submissions per run%n", SUBMISSIONS);
  }

  /**
   * The stack as a scenario expects to find it: every service running (one killed by a scenario that failed before
   * its restart is restarted), MongoDB reachable, and all four ready again, which after a broker restart or a
   * MongoDB outage takes a while.
   */
  @BeforeEach
  void wholeStack() {
    List<String> services = List.of("enterprise-registry", "arrears-reporting", "deposit-accounts", "alerting");
    stack.startMongo();
    for (String service : services) {
      if (!stack.isRunning(service)) {
        stack.restart(service);
      }
    }
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(readiness(services)).as("ready before the scenario").containsOnly(200));
  }

  @AfterAll
  static void stopOwnSystem() throws InterruptedException {
    if (producer != null) {
      producer.close(Duration.ofSeconds(10));
    }
    if (tally != null) {
      tally.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  // ------------------------------------------------------------------ the scenarios

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void poisonRecordsAreDeadLetteredWithTheirReasonAndTheRestFlowsOn() {
    Run run = new Run(10, Math.min(SUBMISSIONS, 100));

    Map<String, String> poison = new LinkedHashMap<>();
    List<String> kinds = List.of("{definitely not JSON", "[1, 2, 3]",
        "{\"type\":\"wageguard.arrears.submission.v1\",\"data\":{\"creditCode\":\"x\"}}", "");
    int every = Math.max(1, run.size() / 20);
    for (int i = 0; i < run.size(); i++) {
      run.send(i);
      if (i % every == 0) {
        String key = "poison-" + UUID.randomUUID();
        String value = kinds.get(poison.size() % kinds.size());
        poison.put(key, value);
        producer.send(new ProducerRecord<>("arrears.submissions", key, value));
      }
    }
    producer.flush();

    run.awaitEveryCaseOnce(Duration.ofMinutes(3));
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      Map<String, TopicTally.DeadLetter> dead = tally.deadLetters.stream()
          .filter(d -> poison.containsKey(d.key()))
          .collect(Collectors.toMap(TopicTally.DeadLetter::key, d -> d, (a, b) -> a));
      assertThat(dead.keySet()).as("poison records in arrears.submissions-dlt").isEqualTo(poison.keySet());
      dead.values().forEach(d -> {
        assertThat(d.value()).isEqualTo(poison.get(d.key()));
        assertThat(d.reason()).as("wageguard-dlt-reason of " + d.key()).isNotBlank();
      });
    });
    assertThat(tally.deadLetters).as("no valid submission was dead-lettered")
        .noneMatch(d -> run.creditCodes.contains(d.key()));
    run.assertWhatUsersSeeWithoutCopies();
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void mongoDbUnavailableForAWhile_servicesReportNotReady_thenCatchUpWithoutLoss() throws Exception {
    List<String> services = List.of("enterprise-registry", "arrears-reporting", "deposit-accounts", "alerting");
    assertThat(readiness(services)).as("ready before").containsOnly(200);
    Run run = new Run(10, Math.min(SUBMISSIONS, 200));
    int half = run.size() / 2;
    run.sendRange(0, half);
    await().atMost(Duration.ofMinutes(2)).until(() -> run.opened() >= half / 2);

    stack.stopMongo();
    try {
      run.sendRange(half, run.size());
      Set<String> sentWhileDown = Set.copyOf(run.submissionIds.subList(half, run.size()));
      // The ping of the readiness group waits for MongoDB's server selection (30 s by default) before it
      // fails, so "not ready" takes up to that long to show; the four are asked at once.
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
          .untilAsserted(() -> assertThat(readiness(services)).as("readiness while MongoDB is down")
              .doesNotContain(200));
      // No case can be opened without the database. (Events of cases stored before the cut may still leave:
      // the relay publishes an inserted document's events as its writer handed them over.)
      await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
          .until(() -> tally.opened(sentWhileDown) == 0);
    } finally {
      stack.startMongo();
    }
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(readiness(services)).as("ready again").containsOnly(200));
    run.awaitEveryCaseOnce(Duration.ofMinutes(3));
    assertThat(tally.deadLetters).as("nothing was dead-lettered during the outage")
        .noneMatch(d -> run.creditCodes.contains(d.key()));
    run.assertWhatUsersSee();
  }

  @Test
  @Timeout(value = 75, unit = TimeUnit.MINUTES) // a guard against hangs; each phase has its own RUN_WAIT bound
  void killMinus9OfArrearsReportingMidRun_everySubmissionGivesExactlyOneCaseAndOneEw1Alert() {
    Run run = new Run(20, SUBMISSIONS);
    run.sendRange(0, run.size());
    await().atMost(RUN_WAIT).until(() -> run.opened() >= run.size() / 3);
    long before = run.opened();
    stack.kill("arrears-reporting");
    System.out.printf("fault tests: arrears-reporting killed with %,d of %,d cases opened%n", before, run.size());
    assertThat(before).as("killed in the middle").isLessThan(run.size());
    stack.restart("arrears-reporting");
    run.awaitEveryCaseOnce(RUN_WAIT);
    run.assertWhatUsersSee();
  }

  @Test
  @Timeout(value = 75, unit = TimeUnit.MINUTES) // a guard against hangs; each phase has its own RUN_WAIT bound
  void kafkaBrokerRestartMidRun_everySubmissionGivesExactlyOneCaseAndOneEw1Alert() {
    Run run = new Run(20, SUBMISSIONS);
    int half = run.size() / 2;
    run.sendRange(0, half);
    await().atMost(RUN_WAIT).until(() -> run.opened() >= half / 2);
    long before = run.opened();
    stack.restartKafka(false);
    System.out.printf("fault tests: broker restarted with %,d of %,d cases opened%n", before, run.size());
    assertThat(before).as("restarted in the middle").isLessThan(run.size());
    run.sendRange(half, run.size());
    run.awaitEveryCaseOnce(RUN_WAIT);
    run.assertWhatUsersSee();
  }

  // ------------------------------------------------------------------ one run of submissions

  /** Submissions with fixed ids for a few enterprises of this run only, half in Taicang, half in the zone. */
  static final class Run {
    final List<String> creditCodes = new ArrayList<>();
    final List<String> submissionIds = new ArrayList<>();
    final Set<String> idSet;
    /** On the services' clock, which this class's devstack moves like every suite's (RunningSystem). */
    private final LocalDate today = stack.today();

    Run(int enterprises, int submissions) {
      for (int i = 0; i < enterprises; i++) {
        creditCodes.add(TestCreditCodes.random(i % 2 == 0 ? TAICANG : HIGH_TECH_ZONE));
      }
      for (int i = 0; i < submissions; i++) {
        submissionIds.add(UUID.randomUUID().toString());
      }
      idSet = new LinkedHashSet<>(submissionIds);
    }

    int size() {
      return submissionIds.size();
    }

    void sendRange(int from, int to) {
      for (int i = from; i < to; i++) {
        send(i);
      }
      producer.flush();
    }

    void send(int i) {
      String creditCode = creditCodes.get(i % creditCodes.size());
      String jurisdiction = creditCode.substring(2, 8);
      String id = submissionIds.get(i);
      producer.send(new ProducerRecord<>("arrears.submissions", creditCode, """
          {"specversion":"1.0","id":"%s","source":"/labour-bureau/fault-test","type":"wageguard.arrears.submission.v1",
           "subject":"%s","datacontenttype":"application/json","data":{"creditCode":"%s","jurisdiction":"%s",
           "arrearsStartDate":"%s","wageMonths":["%s"],"amountOwed":"%d.00","workersAffected":%d,
           "reporterRole":"LABOUR_BUREAU","reporter":"fault test","reference":"%s"}}"""
          .formatted(id, creditCode, creditCode, jurisdiction, today.minusDays(1),
              today.minusMonths(1).toString().substring(0, 7), 1_000 + i, 1 + i % 5, id)));
    }

    long opened() {
      return tally.opened(idSet);
    }

    /** Every submission has opened a case on arrears.events and every case has raised its EW-1 alert. */
    void awaitEveryCaseOnce(Duration atMost) {
      await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
          assertThat(opened()).as("submissions with a case-opened event").isEqualTo(size()));
      await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
          assertThat(caseIds().stream().filter(tally.ew1AlertsOfCase::containsKey).count())
              .as("cases with an EW-1 alert on alerts").isEqualTo(size()));
    }

    Set<String> caseIds() {
      return submissionIds.stream().flatMap(id -> tally.casesOfSubmission.getOrDefault(id, Set.of()).stream())
          .collect(Collectors.toSet());
    }

    /**
     * Records on the topics beyond one per event: byte-identical copies of a case-opened or EW-1 event (same id).
     * Consumers absorb them, but a downstream system that counts records would count wrong (issue 16).
     */
    String copies() {
      long caseCopies = submissionIds.stream()
          .mapToLong(id -> tally.caseOpenedRecordsOfSubmission.getOrDefault(id, new AtomicLong()).get())
          .map(n -> Math.max(0, n - 1)).sum();
      long ew1Copies = caseIds().stream()
          .mapToLong(c -> tally.ew1RecordsOfCase.getOrDefault(c, new AtomicLong()).get())
          .map(n -> Math.max(0, n - 1)).sum();
      return "%d case-opened and %d EW-1 copies on the topics for %d submissions".formatted(caseCopies, ew1Copies,
          size());
    }

    /** What users see, and the copies on the topics reported (a crash or a lost acknowledgement may leave one). */
    void assertWhatUsersSee() {
      System.out.println("fault tests: " + copies());
      assertWhatUsersSeeOnceEach();
    }

    /** As above, and no copy at all: the outbox sends an event once unless the process dies (OutboxRelay). */
    void assertWhatUsersSeeWithoutCopies() {
      assertWhatUsersSeeOnceEach();
      assertThat(copies()).isEqualTo("0 case-opened and 0 EW-1 copies on the topics for %d submissions"
          .formatted(size()));
    }

    private void assertWhatUsersSeeOnceEach() {
      // none doubled on the topic: one caseId per submission, one EW-1 alert id per case
      List<String> doubled = submissionIds.stream().filter(id -> tally.casesOfSubmission.get(id).size() != 1).toList();
      assertThat(doubled).as("submissions with more than one case").isEmpty();
      Set<String> cases = caseIds();
      assertThat(cases).hasSize(size());
      assertThat(cases.stream().filter(c -> tally.ew1AlertsOfCase.get(c).size() != 1).toList())
          .as("cases with more than one EW-1 alert id").isEmpty();
      assertThat(submissionIds).as("none rejected").noneMatch(tally.rejectedSubmissions::contains);

      // what a user sees over REST
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
        long cases0 = 0;
        long alerts = 0;
        for (String code : creditCodes) {
          String jurisdiction = DevAccounts.jurisdictionOf(code);
          cases0 += getJson(DevAccounts.labourBureau(jurisdiction), "arrears-reporting",
              "/api/cases?size=1&creditCode=" + code).path("totalElements").asLong();
          alerts += getJson(DevAccounts.union(jurisdiction), "alerting",
              "/api/alerts?size=1&rule=EW-1&creditCode=" + code).path("total").asLong();
        }
        assertThat(cases0).as("GET /api/cases totals").isEqualTo(size());
        assertThat(alerts).as("GET /api/alerts?rule=EW-1 totals").isEqualTo(size());
      });
    }
  }

  // ------------------------------------------------------------------ HTTP

  /**
   * The readiness status of each service (-1: no answer within the client's 30 s), asked in parallel: during the
   * outage each probe waits for MongoDB's server selection. Health needs no token; the monitoring account's is valid.
   */
  static List<Integer> readiness(List<String> services) {
    try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      List<java.util.concurrent.CompletableFuture<Integer>> answers = services.stream()
          .map(service -> java.util.concurrent.CompletableFuture.supplyAsync(() ->
                  stack.client(DevAccounts.MONITORING).get(service, "/actuator/health/readiness").statusCode(), threads)
              .exceptionally(failure -> -1))
          .toList();
      return answers.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }
  }

  /** A GET as the account that must answer 200, as JSON. */
  static JsonNode getJson(String account, String service, String path) {
    HttpResponse<String> response = stack.client(account).get(service, path);
    assertThat(response.statusCode()).as(account + " " + path + " " + response.body()).isEqualTo(200);
    return TopicTally.JSON.readTree(response.body());
  }
}
