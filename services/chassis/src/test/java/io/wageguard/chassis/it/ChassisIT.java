package io.wageguard.chassis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.chassis.it.ChassisTestApplication.Tally;
import io.wageguard.chassis.it.ChassisTestApplication.Thing;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@ServiceIntegrationTest
class ChassisIT {

  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("arrears.events", "arrears.submissions-dlt");
  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired io.wageguard.chassis.outbox.OutboxStore outboxStore;
  final io.wageguard.chassis.events.CloudEventCodec codec =
      new io.wageguard.chassis.events.CloudEventCodec(URI.create("/wageguard/chassis-test"));

  HttpResponse<String> post(String path, String json) {
    return ServiceHttp.atPort(port).as("LABOUR_BUREAU", "320500").post(path, json);
  }

  @Test
  void stateAndItsEventAreOneWriteAndTheRelayPublishesThenClears() throws Exception {
    String id = "thing-" + UUID.randomUUID();
    assertThat(post("/things", "{\"id\":\"" + id + "\",\"count\":3}").statusCode()).isEqualTo(200);

    TopicProbe.Seen seen = probe.await(TopicProbe.withId(id + "-created"));
    assertThat(seen.key()).isEqualTo(id);
    assertThat(seen.type()).isEqualTo("wageguard.test.thing-created.v1");
    assertThat(seen.data().get("count").asInt()).isEqualTo(3);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Thing stored = mongo.findById(id, Thing.class);
      assertThat(stored.getOutbox()).isEmpty();
      assertThat(stored.getOutboxPending()).isNull();
    });
  }

  @Test
  void readyOnlyWithBrokerAndDatabase() throws Exception {
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"kafka\"").contains("\"mongoPing\"").contains("\"status\":\"UP\"");
    // Overall health too: an indicator the wire server cannot answer would keep a service DOWN.
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(health.body()).doesNotContain("\"mongo\"");
  }

  @Test
  void metricsCarryTheApplicationTagAndTheOutboxCounters() throws Exception {
    HttpResponse<String> metrics = get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("wageguard_outbox_backlog").contains("application=\"chassis-test\"");
  }

  /** Health is open; the rest of /actuator needs the monitoring role. */
  HttpResponse<String> get(String path) {
    return ServiceHttp.atPort(port).as("MONITORING").get(path);
  }

  @Test
  void savingAStaleCopyNeitherRepublishesSentEventsNorLosesAConcurrentChange() throws Exception {
    String id = "stale-" + UUID.randomUUID();
    assertThat(post("/things", "{\"id\":\"" + id + "\",\"count\":1}").statusCode()).isEqualTo(200);
    Thing stale = mongo.findById(id, Thing.class);
    probe.await(TopicProbe.withId(id + "-created"));
    await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, Thing.class).getOutbox().isEmpty());

    // The stale copy still holds the sent event; saving it must add only what it emitted since.
    stale.count = 2;
    stale.note = null;
    stale.emit(io.wageguard.chassis.events.Topic.ARREARS_EVENTS, codec.create(id + "-changed",
        "wageguard.test.thing-changed.v1", id, java.util.Map.of("count", 2), java.time.Clock.systemUTC()));
    outboxStore.save(stale);

    probe.await(TopicProbe.withId(id + "-changed"));
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
        assertThat(probe.all(TopicProbe.withId(id + "-created"))).hasSize(1));
    assertThat(mongo.findById(id, Thing.class).count).isEqualTo(2);
    assertThat(mongo.findById(id, Thing.class).note).as("a value set to null is removed").isNull();

    // A second save of the same stale version is a concurrent change: refused, not lost.
    Thing older = new Thing();
    older.id = id;
    older.version = stale.version - 1;
    older.count = 99;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> outboxStore.save(older))
        .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    assertThat(mongo.findById(id, Thing.class).count).isEqualTo(2);
  }

  @Test
  void invalidRequestIsAProblemNamingTheField() throws Exception {
    HttpResponse<String> response = post("/things", "{\"id\":\"\",\"count\":0}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"field\":\"id\"").contains("\"field\":\"count\"")
        .doesNotContain("Exception");
  }

  @Test
  void brokenRuleIsA422NamingTheRule() throws Exception {
    HttpResponse<String> response = post("/things", "{\"id\":\"bad-1\",\"count\":1}");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"rule\":\"TC-2a\"").contains("\"field\":\"id\"");
  }

  @Test
  void unreadableJsonIsAProblemNamingTheField() throws Exception {
    HttpResponse<String> response = post("/things", "{\"id\":\"x\",\"count\":\"many\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"count\"");
  }

  @Test
  void unparseableRecordGoesToTheDeadLetterTopicAndThePartitionFlowsOn() {
    String key = "poison-" + UUID.randomUUID();
    probe.send("arrears.submissions", key, "{this is not json");
    probe.send("arrears.submissions", key, event("after-poison-" + key, key, "{}"));

    TopicProbe.Seen dead = probe.await(s -> s.topic().equals("arrears.submissions-dlt") && key.equals(s.key()));
    assertThat(dead.text()).isEqualTo("{this is not json");
    assertThat(dead.headers()).containsKey("kafka_dlt-exception-message");
    assertThat(dead.headers().get("kafka_dlt-original-topic")).isEqualTo("arrears.submissions");
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(mongo.findById(key, Tally.class)).extracting(t -> t.applied).isEqualTo(1));
  }

  @Test
  void recordThatIsJsonButNotACloudEventIsDeadLettered() {
    String key = "not-ce-" + UUID.randomUUID();
    probe.send("arrears.submissions", key, "{\"hello\":\"world\"}");
    TopicProbe.Seen dead = probe.await(s -> s.topic().equals("arrears.submissions-dlt") && key.equals(s.key()));
    assertThat(dead.headers().get("wageguard-dlt-reason")).contains("specversion");
  }

  @Test
  void handlerFailureIsRetriedThenDeadLetteredWithTheReason() {
    String key = "failing-" + UUID.randomUUID();
    probe.send("arrears.submissions", key, event("fail-" + key, key, "{\"fail\":true}"));
    TopicProbe.Seen dead = probe.await(s -> s.topic().equals("arrears.submissions-dlt") && key.equals(s.key()));
    assertThat(dead.headers().get("wageguard-dlt-reason")).contains("handler failure");
  }

  @Test
  void aDatabaseOutageLongerThanTheBoundedRetryIsWaitedOutNotDeadLettered() {
    // Four failures take 1 + 2 + 4 + 8 s of back-off: far longer than the bounded retry of a failing record
    // (0.6 s in these tests, 5 s by default), after which it would have been dead-lettered.
    String key = "outage-" + UUID.randomUUID();
    probe.send("arrears.submissions", key, event("outage-" + key, key, "{\"outage\":4}"));
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat(mongo.findById(key, Tally.class)).extracting(t -> t.applied).isEqualTo(1));
    assertThat(ChassisTestApplication.OUTAGE_FAILURES.get("outage-" + key)).isEqualTo(5);
    assertThat(probe.all(s -> s.topic().equals("arrears.submissions-dlt") && key.equals(s.key()))).isEmpty();
  }

  @Test
  void redeliveredEventHasNoSecondEffect() {
    String key = "redelivered-" + UUID.randomUUID();
    String once = event("same-id-" + key, key, "{}");
    probe.send("arrears.submissions", key, once);
    probe.send("arrears.submissions", key, once);
    probe.send("arrears.submissions", key, event("other-id-" + key, key, "{}"));
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(mongo.findById(key, Tally.class)).extracting(t -> t.applied).isEqualTo(2));
  }

  private static String event(String id, String subject, String data) {
    return """
        {"specversion":"1.0","id":"%s","source":"/test","type":"wageguard.arrears.submission.v1",
         "subject":"%s","data":%s}""".formatted(id, subject, data);
  }
}
