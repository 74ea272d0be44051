package io.wageguard.arrears.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.arrears.adapter.kafka.ArrearsEvents;
import io.wageguard.arrears.adapter.mongo.CaseDocument;
import io.wageguard.arrears.adapter.mongo.CaseStore;
import io.wageguard.arrears.adapter.mongo.EnterpriseView;
import io.wageguard.arrears.application.DeadlineSweeper;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TestIssuer;
import io.wageguard.testsupport.TopicProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
@Import(TestClockConfiguration.class)
class ArrearsReportingIT {

  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static final String SUZHOU = "320500";
  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("arrears.events", "arrears.submissions-dlt");
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired MutableClock clock;
  @Autowired DeadlineSweeper sweeper;
  @Autowired io.wageguard.arrears.application.HistoryReconciler reconciler;
  @Autowired CaseStore store;
  @Autowired ArrearsEvents events;
  @Autowired MeterRegistry meters;
  /** Taicang's union reports the arrears (the submissions say reporterRole UNION) and records incidents. */
  ServiceHttp union;
  /** Taicang's labour bureau records settlements and closes cases. */
  ServiceHttp bureau;

  @BeforeEach
  void accounts() {
    union = ServiceHttp.atPort(port).as("UNION", TAICANG);
    bureau = ServiceHttp.atPort(port).as("LABOUR_BUREAU", TAICANG);
  }

  // --- helpers ---

  /** The employer itself, which files its TC-2 report. */
  ServiceHttp employer(String creditCode) {
    return ServiceHttp.atPort(port).withToken(TestIssuer.get().token().subject("enterprise-" + creditCode)
        .roles("ENTERPRISE").jurisdictions(TAICANG).creditCode(creditCode).mint());
  }

  /** Reads as a Suzhou city auditor, who covers every district these tests use. */
  JsonNode get(String path) {
    HttpResponse<String> response = ServiceHttp.atPort(port).as("AUDITOR", SUZHOU).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static String submissionData(String code, String start, String months, String amount, int workers,
      String jurisdiction) {
    return """
        {"creditCode":"%s","arrearsStartDate":"%s","wageMonths":[%s],"amountOwed":"%s","workersAffected":%d,
         "reporterRole":"UNION","reporter":"太仓市总工会 劳动法律监督办公室","reference":"太总工欠薪〔2026〕1号"%s}"""
        .formatted(code, start, months, amount, workers,
            jurisdiction == null ? "" : ",\"jurisdiction\":\"" + jurisdiction + "\"");
  }

  static String openRequest(String submissionId, String code, String start, String months, int workers) {
    String data = submissionData(code, start, months, "82200.00", workers, TAICANG);
    return "{\"submissionId\":\"" + submissionId + "\"," + data.substring(data.indexOf('{') + 1);
  }

  static String submissionEvent(String id, String code, String data) {
    return """
        {"specversion":"1.0","id":"%s","source":"urn:taicang:ftu:arrears-reports",
         "type":"wageguard.arrears.submission.v1","subject":"%s","data":%s}""".formatted(id, code, data);
  }

  static Predicate<TopicProbe.Seen> event(String type, String field, String value) {
    return s -> type.equals(s.type()) && s.data() != null && value.equals(s.data().path(field).asString());
  }

  static TopicProbe.Seen conforming(TopicProbe.Seen seen) {
    ContractAssertions.assertConforms(seen);
    return seen;
  }

  // --- Priority 1: open, duplicate, validation, overdue, downtime ---

  @Test
  void restOpensACaseWithTheTc2DeadlineAcrossNationalDayAndAResendChangesNothing() {
    clock.setBusinessDate("2026-09-29");
    String code = TestCreditCodes.random(TAICANG);
    String submissionId = "TCFTU-" + UUID.randomUUID();
    String body = openRequest(submissionId, code, "2026-09-28", "\"2026-08\"", 12);

    HttpResponse<String> created = union.post("/api/cases", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode opened = JSON.readTree(created.body());
    String caseId = opened.path("caseId").asString();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/cases/" + caseId);
    assertThat(opened.path("reportDeadline").asString()).isEqualTo("2026-10-08");
    assertThat(opened.path("groupArrears").asBoolean()).isTrue();

    HttpResponse<String> again = union.post("/api/cases", body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).path("caseId").asString()).isEqualTo(caseId);

    TopicProbe.Seen seen = conforming(probe.await(event(ArrearsEvents.CASE_OPENED, "caseId", caseId)));
    assertThat(seen.key()).isEqualTo(code);
    assertThat(seen.data().path("reportDeadline").asString()).isEqualTo("2026-10-08");
    assertThat(seen.data().path("policyVersion").asString()).isEqualTo("TAICANG_LUMP_SUM/1");
    assertThat(seen.data().path("calendarProvisional").asBoolean()).isFalse();
    assertThat(seen.data().path("ruleIds").toString()).contains("TC-2", "P-2", "P-3", "EW-9");

    JsonNode list = get("/api/cases?creditCode=" + code);
    assertThat(list.path("totalElements").asLong()).isEqualTo(1);
    JsonNode one = get("/api/cases/" + caseId);
    assertThat(one.path("timeline").get(0).path("type").asString()).isEqualTo("OPENED");
    assertThat(one.path("status").asString()).isEqualTo("OPEN");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(mongo.findById(caseId, CaseDocument.class).getOutboxPending()).isNull());
    assertThat(probe.all(event(ArrearsEvents.CASE_OPENED, "caseId", caseId))).hasSize(1);
  }

  @Test
  void restRejectsAnInvalidSubmissionNamingEveryField() {
    clock.setBusinessDate("2026-10-12");
    HttpResponse<String> noId = union.post("/api/cases", openRequest("", TestCreditCodes.random(TAICANG),
        "2026-10-09", "\"2026-09\"", 3));
    assertThat(noId.statusCode()).isEqualTo(400);
    assertThat(noId.body()).contains("\"field\":\"submissionId\"");

    String code = TestCreditCodes.random("320506");
    String bad = "{\"submissionId\":\"S-" + UUID.randomUUID() + "\","
        + submissionData(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), "2026-10-09", "\"2026-09\"",
        "56400.5", 0, null).substring(1);
    HttpResponse<String> response = union.post("/api/cases", bad);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"field\":\"creditCode\"", "\"field\":\"amountOwed\"", "\"rule\":\"M-1\"",
        "\"field\":\"workersAffected\"", "\"field\":\"jurisdiction\"");
  }

  @Test
  void kafkaSubmissionUsesTheRegistryJurisdictionAndAResendOpensNoSecondCase() {
    clock.setBusinessDate("2026-10-12");
    String code = TestCreditCodes.random(HIGH_TECH_ZONE);
    String registered = """
        {"specversion":"1.0","id":"%s","source":"/wageguard/enterprise-registry",
         "type":"wageguard.enterprise.registered.v1","subject":"%s","data":{"creditCode":"%s","name":"苏州高新区某餐饮公司",
         "jurisdiction":"320505","status":"ACTIVE","sector":"CATERING","version":%d}}""";
    probe.send("enterprise.events", code, registered.formatted(UUID.randomUUID(), code, code, 2));
    // An older version arriving late (or a redelivery) changes nothing.
    probe.send("enterprise.events", code, registered.formatted(UUID.randomUUID(), code, code, 1)
        .replace("\"320505\"", "\"320585\""));
    probe.send("enterprise.events", code, registered.formatted(UUID.randomUUID(), code, code, 2));
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      EnterpriseView view = mongo.findById(code, EnterpriseView.class);
      assertThat(view).isNotNull();
      assertThat(view.registryVersion).isEqualTo(2L);
    });

    String submissionId = "TCLB-" + UUID.randomUUID();
    String submission = submissionEvent(submissionId, code,
        submissionData(code, "2026-10-09", "\"2026-09\"", "19200.00", 4, TAICANG));
    probe.send("arrears.submissions", code, submission);
    probe.send("arrears.submissions", code, submission);

    TopicProbe.Seen opened = conforming(probe.await(event(ArrearsEvents.CASE_OPENED, "submissionId", submissionId)));
    assertThat(opened.data().path("jurisdiction").asString()).isEqualTo(HIGH_TECH_ZONE);
    assertThat(opened.data().path("policyVersion").asString()).isEqualTo("HIGH_TECH_ZONE_MONTHLY/1");
    assertThat(mongo.findById(code, EnterpriseView.class).jurisdiction).isEqualTo(HIGH_TECH_ZONE);
    // 2026-10-09 + 5 = 10-14, a Wednesday.
    assertThat(opened.data().path("reportDeadline").asString()).isEqualTo("2026-10-14");

    // A later record on the same partition is processed after both copies, so by then both were handled.
    String marker = "TCLB-" + UUID.randomUUID();
    probe.send("arrears.submissions", code, submissionEvent(marker, code,
        submissionData(code, "2026-10-09", "\"2026-08\"", "100.00", 1, null)));
    probe.await(event(ArrearsEvents.CASE_OPENED, "submissionId", marker));
    assertThat(get("/api/cases?creditCode=" + code).path("totalElements").asLong()).isEqualTo(2);
    assertThat(probe.all(event(ArrearsEvents.CASE_OPENED, "submissionId", submissionId))).hasSize(1);
  }

  @Test
  void invalidKafkaSubmissionIsRejectedNamingEveryBrokenField() {
    clock.setBusinessDate("2026-10-12");
    String code = TestCreditCodes.random("320506");
    String submissionId = "TCFTU-" + UUID.randomUUID();
    probe.send("arrears.submissions", code, submissionEvent(submissionId, code,
        submissionData(code, "2026-10-09", "\"2026-09\",\"2026-13\"", "56400.5", 0, null)));

    TopicProbe.Seen rejected = conforming(probe.await(
        event(ArrearsEvents.SUBMISSION_REJECTED, "submissionId", submissionId)));
    assertThat(rejected.key()).isEqualTo(code);
    List<String> fields = rejected.data().path("reasons").values().stream()
        .map(r -> r.path("field").asString() + "=" + r.path("rule").asString()).toList();
    assertThat(fields).containsExactlyInAnyOrder("/data/wageMonths/1=schema", "/data/amountOwed=M-1",
        "/data/workersAffected=schema", "/data/jurisdiction=schema");
  }

  @Test
  void poisonRecordIsDeadLetteredAndTheNextRecordIsStillProcessed() {
    clock.setBusinessDate("2026-10-12");
    String code = TestCreditCodes.random(TAICANG);
    probe.send("arrears.submissions", code, "{this is not json");
    String submissionId = "TCFTU-" + UUID.randomUUID();
    probe.send("arrears.submissions", code, submissionEvent(submissionId, code,
        submissionData(code, "2026-10-09", "\"2026-09\"", "1000.00", 2, TAICANG)));

    TopicProbe.Seen dead = probe.await(s -> "arrears.submissions-dlt".equals(s.topic()) && code.equals(s.key()));
    assertThat(dead.text()).isEqualTo("{this is not json");
    assertThat(dead.headers().get("kafka_dlt-original-topic")).isEqualTo("arrears.submissions");
    conforming(probe.await(event(ArrearsEvents.CASE_OPENED, "submissionId", submissionId)));
  }

  @Test
  void arrearsThatStartedTenDaysAgoRaiseReportOverdueAtOnce() {
    clock.setBusinessDate("2026-03-20");
    String code = TestCreditCodes.random(TAICANG);
    HttpResponse<String> created = union.post("/api/cases",
        openRequest("S-" + UUID.randomUUID(), code, "2026-03-10", "\"2026-02\"", 4));
    assertThat(created.statusCode()).isEqualTo(201);
    String caseId = JSON.readTree(created.body()).path("caseId").asString();

    TopicProbe.Seen overdue = conforming(probe.await(Duration.ofSeconds(10),
        event(ArrearsEvents.REPORT_OVERDUE, "caseId", caseId)));
    // 2026-03-10 + 5 = 03-15 (Sunday): the deadline is Monday 03-16, passed by 03-20.
    assertThat(overdue.data().path("reportDeadline").asString()).isEqualTo("2026-03-16");
    assertThat(overdue.data().path("ruleIds").toString()).contains("TC-2", "EW-2");
    assertThat(get("/api/cases/" + caseId).path("status").asString()).isEqualTo("REPORT_OVERDUE");
    JsonNode overdueList = get("/api/cases?overdue=true&jurisdiction=" + TAICANG + "&creditCode=" + code);
    assertThat(overdueList.path("items").get(0).path("caseId").asString()).isEqualTo(caseId);
  }

  @Test
  void aDeadlinePassedWhileTheServiceWasDownFiresOnceEvenWithTwoSweepers() throws InterruptedException {
    clock.setBusinessDate("2026-03-02");
    String code = TestCreditCodes.random(TAICANG);
    HttpResponse<String> created = union.post("/api/cases",
        openRequest("S-" + UUID.randomUUID(), code, "2026-03-02", "\"2026-01\"", 4));
    String caseId = JSON.readTree(created.body()).path("caseId").asString();
    // 2026-03-02 + 5 = 03-07 (Saturday) → Monday 03-09; nothing is due yet.
    assertThat(store.find(caseId).orElseThrow().nextDeadlineAt()).isEqualTo("2026-03-10");
    assertThat(sweeper.sweepOnce()).isGreaterThanOrEqualTo(0);
    assertThat(store.find(caseId).orElseThrow().arrearsCase().status().name()).isEqualTo("OPEN");

    // Time passes (the service "was down"): a second instance sweeps as well as this one's scheduler.
    clock.setBusinessDate("2026-03-16");
    DeadlineSweeper otherInstance = new DeadlineSweeper(store, events, clock, meters, 10);
    Thread other = Thread.ofPlatform().start(otherInstance::sweepOnce);
    sweeper.sweepOnce();
    other.join();

    conforming(probe.await(event(ArrearsEvents.REPORT_OVERDUE, "caseId", caseId)));
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(mongo.findById(caseId, CaseDocument.class).getOutboxPending()).isNull());
    sweeper.sweepOnce();
    otherInstance.sweepOnce();
    CaseDocument after = mongo.findById(caseId, CaseDocument.class);
    assertThat(after.getStatus()).isEqualTo("REPORT_OVERDUE");
    assertThat(after.getNextDeadlineAt()).isNull();
    assertThat(after.toDomain().timeline()).filteredOn(t -> t.type().equals("REPORT_OVERDUE")).hasSize(1);
    assertThat(probe.all(event(ArrearsEvents.REPORT_OVERDUE, "caseId", caseId))).hasSize(1);
  }

  /**
   * A case stored before issue 15, under its old class name, still reads and changes; the change keeps the stored
   * shape (the same fields, one version up, one more timeline step) and its event leaves through the outbox.
   */
  @Test
  void aCaseStoredBeforeTheMoveStillReadsAndChangesAndKeepsItsStoredShape() {
    clock.setBusinessDate("2026-09-11");
    String code = TestCreditCodes.random(TAICANG);
    String caseId = JSON.readTree(union.post("/api/cases",
        openRequest("S-" + UUID.randomUUID(), code, "2026-09-10", "\"2026-08\"", 3)).body()).path("caseId").asString();
    probe.await(event(ArrearsEvents.CASE_OPENED, "caseId", caseId));
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(mongo.findById(caseId, CaseDocument.class).getOutboxPending()).isNull());
    mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)),
        Update.update("_class", "io.wageguard.arrears.persistence.CaseDocument"), CaseDocument.COLLECTION);
    org.bson.Document before = mongo.findById(caseId, org.bson.Document.class, CaseDocument.COLLECTION);
    assertThat(before.getString("_class")).isEqualTo("io.wageguard.arrears.persistence.CaseDocument");

    assertThat(get("/api/cases/" + caseId).path("status").asString()).isEqualTo("OPEN");
    assertThat(store.find(caseId).orElseThrow().arrearsCase().creditCode()).isEqualTo(code);
    HttpResponse<String> incident = union.post("/api/cases/" + caseId + "/incidents",
        "{\"incidentId\":\"I-1\",\"kind\":\"COLLECTIVE_PETITION\",\"occurredOn\":\"2026-09-11\",\"workersInvolved\":3}");
    assertThat(incident.statusCode()).as(incident.body()).isEqualTo(200);
    conforming(probe.await(event(ArrearsEvents.INCIDENT_RECORDED, "caseId", caseId)));

    org.bson.Document after = mongo.findById(caseId, org.bson.Document.class, CaseDocument.COLLECTION);
    Set<String> outboxFields = Set.of("outbox", "outboxPending");
    assertThat(after.keySet().stream().filter(k -> !outboxFields.contains(k)).collect(Collectors.toSet()))
        .isEqualTo(before.keySet().stream().filter(k -> !outboxFields.contains(k)).collect(Collectors.toSet()));
    assertThat(((Number) after.get("version")).longValue()).isEqualTo(((Number) before.get("version")).longValue() + 1);
    assertThat(after.getList("timeline", org.bson.Document.class))
        .hasSize(before.getList("timeline", org.bson.Document.class).size() + 1);
    assertThat(after.getString("status")).isEqualTo(before.getString("status"));
    JsonNode timeline = get("/api/cases/" + caseId).path("timeline");
    assertThat(timeline.get(timeline.size() - 1).path("type").asString()).isEqualTo("INCIDENT_RECORDED");
  }

  // --- Priority 2: the report, deferral, settlement, incidents, closure, thresholds ---

  @Test
  void reportInvalidThenValidThenDeferralLapsesThenSettledIncidentAndClosed() {
    clock.setBusinessDate("2026-09-11");
    String code = TestCreditCodes.random(TAICANG);
    String caseId = JSON.readTree(union.post("/api/cases",
        openRequest("S-" + UUID.randomUUID(), code, "2026-09-10", "\"2026-08\"", 12)).body())
        .path("caseId").asString();

    HttpResponse<String> invalid = employer(code).post("/api/cases/" + caseId + "/report", """
        {"reportId":"R-1","workerRepresentativeConsent":{"representatives":"李梅","date":"2026-09-11"},
         "procedure":"职代会讨论通过","deferralEndDate":"2026-10-11","responsiblePerson":"张总经理",
         "reliefMeasures":"借支生活费"}""");
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(200);
    JsonNode outcome = JSON.readTree(invalid.body());
    assertThat(outcome.path("valid").asBoolean()).isFalse();
    assertThat(outcome.path("arrearsCase").path("status").asString()).isEqualTo("OPEN");
    TopicProbe.Seen reportInvalid = conforming(probe.await(event(ArrearsEvents.REPORT_INVALID, "caseId", caseId)));
    assertThat(reportInvalid.data().path("reasons").toString()).contains("TC-2a", "TC-2b", "unionConsent",
        "deferralEndDate");

    HttpResponse<String> valid = employer(code).post("/api/cases/" + caseId + "/report", """
        {"reportId":"R-2","deferralEndDate":"2026-10-10",
         "unionConsent":{"union":"某公司工会","person":"王建国","date":"2026-09-11"},
         "workerRepresentativeConsent":{"representatives":"李梅、赵强","date":"2026-09-11"},
         "procedure":"职代会讨论通过","responsiblePerson":"张总经理","reliefMeasures":"每人借支生活费1000元"}""");
    assertThat(JSON.readTree(valid.body()).path("valid").asBoolean()).as(valid.body()).isTrue();
    TopicProbe.Seen filed = conforming(probe.await(event(ArrearsEvents.REPORT_FILED, "caseId", caseId)));
    assertThat(filed.data().path("deferralEndDate").asString()).isEqualTo("2026-10-10");
    assertThat(filed.data().path("latestDeferralEnd").asString()).isEqualTo("2026-10-10");

    clock.setBusinessDate("2026-09-30");
    HttpResponse<String> partial = bureau.post("/api/cases/" + caseId + "/settlements",
        "{\"settlementId\":\"P-1\",\"amountPaid\":\"40000.00\",\"settledOn\":\"2026-09-30\"}");
    assertThat(partial.statusCode()).as(partial.body()).isEqualTo(200);
    conforming(probe.await(event(ArrearsEvents.SETTLED, "caseId", caseId)));

    clock.setBusinessDate("2026-10-11");
    TopicProbe.Seen lapsed = conforming(probe.await(Duration.ofSeconds(10),
        event(ArrearsEvents.DEFERRAL_LAPSED, "caseId", caseId)));
    assertThat(lapsed.data().path("amountOutstanding").asString()).isEqualTo("42200.00");
    assertThat(get("/api/cases/" + caseId).path("status").asString()).isEqualTo("DEFERRAL_LAPSED");

    HttpResponse<String> incident = union.post("/api/cases/" + caseId + "/incidents",
        "{\"incidentId\":\"I-1\",\"kind\":\"COLLECTIVE_PETITION\",\"occurredOn\":\"2026-10-11\",\"workersInvolved\":11}");
    assertThat(incident.statusCode()).as(incident.body()).isEqualTo(200);
    TopicProbe.Seen recorded = conforming(probe.await(event(ArrearsEvents.INCIDENT_RECORDED, "caseId", caseId)));
    assertThat(recorded.data().path("ruleIds").toString()).contains("TC-3b", "HT-5");

    HttpResponse<String> tooMuch = bureau.post("/api/cases/" + caseId + "/settlements",
        "{\"amountPaid\":\"50000.00\",\"settledOn\":\"2026-10-11\"}");
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    assertThat(tooMuch.body()).contains("\"field\":\"amountPaid\"");
    bureau.post("/api/cases/" + caseId + "/settlements",
        "{\"settlementId\":\"P-2\",\"amountPaid\":\"42200.00\",\"settledOn\":\"2026-10-11\"}");
    TopicProbe.Seen full = conforming(probe.await(s -> event(ArrearsEvents.SETTLED, "caseId", caseId).test(s)
        && s.data().path("fullySettled").asBoolean()));
    assertThat(full.data().path("amountOutstanding").asString()).isEqualTo("0.00");

    HttpResponse<String> closed = bureau.post("/api/cases/" + caseId + "/close",
        "{\"closedOn\":\"2026-10-11\",\"reason\":\"wages paid in full\"}");
    assertThat(closed.statusCode()).isEqualTo(200);
    conforming(probe.await(event(ArrearsEvents.CASE_CLOSED, "caseId", caseId)));
    JsonNode timeline = get("/api/cases/" + caseId).path("timeline");
    assertThat(timeline.values().stream().map(t -> t.path("type").asString()).toList()).containsExactly(
        "OPENED", "REPORT_INVALID", "REPORT_FILED", "PARTLY_SETTLED", "DEFERRAL_LAPSED", "INCIDENT_RECORDED",
        "SETTLED", "CLOSED");
  }

  @Test
  void twoMonthsInARowReachTheThresholdOnce() {
    clock.setBusinessDate("2026-03-20");
    String code = TestCreditCodes.random(TAICANG);
    union.post("/api/cases", openRequest("S-" + UUID.randomUUID(), code, "2026-02-10", "\"2026-01\"", 3));
    union.post("/api/cases", openRequest("S-" + UUID.randomUUID(), code, "2026-03-10", "\"2026-02\"", 3));
    TopicProbe.Seen reached = conforming(probe.await(event(ArrearsEvents.THRESHOLD_REACHED, "creditCode", code)));
    assertThat(reached.data().path("monthsInRow").asInt()).isEqualTo(2);
    assertThat(reached.data().path("ruleIds").toString()).contains("TC-3c", "HT-4");

    String third = JSON.readTree(union.post("/api/cases",
        openRequest("S-" + UUID.randomUUID(), code, "2026-03-12", "\"2026-03\"", 3)).body()).path("caseId").asString();
    probe.await(event(ArrearsEvents.CASE_OPENED, "caseId", third));
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
        mongo.findById(code, io.wageguard.arrears.adapter.mongo.EnterpriseArrearsDocument.class).monthsInTotal)
        .isEqualTo(3));
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
        mongo.findById(code, io.wageguard.arrears.adapter.mongo.EnterpriseArrearsDocument.class).getOutboxPending())
        .isNull());
    assertThat(probe.all(event(ArrearsEvents.THRESHOLD_REACHED, "creditCode", code))).hasSize(1);
  }

  /** An enterprise's tally stored before issue 15, under its old class name, still reads and counts the next case. */
  @Test
  void anEnterpriseTallyStoredBeforeTheMoveStillReadsAndCounts() {
    clock.setBusinessDate("2026-03-20");
    String code = TestCreditCodes.random(TAICANG);
    union.post("/api/cases", openRequest("S-" + UUID.randomUUID(), code, "2026-02-10", "\"2026-01\"", 3));
    org.bson.Document tally = mongo.findById(code, org.bson.Document.class,
        io.wageguard.arrears.adapter.mongo.EnterpriseArrearsDocument.COLLECTION);
    assertThat(tally).containsEntry("monthsInTotal", 1);
    mongo.updateFirst(Query.query(Criteria.where("_id").is(code)),
        Update.update("_class", "io.wageguard.arrears.persistence.EnterpriseArrearsDocument"),
        io.wageguard.arrears.adapter.mongo.EnterpriseArrearsDocument.COLLECTION);

    union.post("/api/cases", openRequest("S-" + UUID.randomUUID(), code, "2026-03-10", "\"2026-02\"", 3));
    TopicProbe.Seen reached = conforming(probe.await(event(ArrearsEvents.THRESHOLD_REACHED, "creditCode", code)));
    assertThat(reached.data().path("monthsInRow").asInt()).isEqualTo(2);
    assertThat(mongo.findById(code, io.wageguard.arrears.adapter.mongo.EnterpriseArrearsDocument.class).countedCases)
        .hasSize(2);
  }

  @Test
  void aCaseStoredButNotCountedBeforeACrashIsCountedByTheReconciler() {
    clock.setBusinessDate("2026-03-20");
    String code = TestCreditCodes.random(TAICANG);
    String first = JSON.readTree(union.post("/api/cases",
        openRequest("S-" + UUID.randomUUID(), code, "2026-02-10", "\"2026-01\"", 3)).body()).path("caseId").asString();
    probe.await(event(ArrearsEvents.CASE_OPENED, "caseId", first));

    // The process died after storing a second case and before counting it: the case is there, flagged.
    org.bson.Document crashed = mongo.findById(first, org.bson.Document.class,
        io.wageguard.arrears.adapter.mongo.CaseDocument.COLLECTION);
    String crashedId = "crashed-" + UUID.randomUUID();
    crashed.put("_id", crashedId);
    crashed.put("submissionId", "S-" + crashedId);
    crashed.put("wageMonths", java.util.List.of("2026-02"));
    crashed.put("historyPending", true);
    crashed.remove("outbox");
    crashed.remove("outboxPending");
    mongo.insert(crashed, io.wageguard.arrears.adapter.mongo.CaseDocument.COLLECTION);

    reconciler.reconcileOnce();

    TopicProbe.Seen reached = conforming(probe.await(event(ArrearsEvents.THRESHOLD_REACHED, "creditCode", code)));
    assertThat(reached.data().path("monthsInRow").asInt()).isEqualTo(2);
    assertThat(store.findHistoryPending(1000)).noneMatch(pending -> pending.caseId().equals(crashedId));
  }
}
