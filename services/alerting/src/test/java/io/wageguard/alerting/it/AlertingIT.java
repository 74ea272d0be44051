package io.wageguard.alerting.it;

import io.wageguard.testsupport.TestCreditCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.alerting.application.AlertLifecycle;
import io.wageguard.alerting.adapter.mongo.EnterpriseDocument;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestIssuer;
import io.wageguard.testsupport.TopicProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
@Import(TestClock.Config.class)
class AlertingIT {

  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("alerts");
  static final JsonMapper JSON = JsonMapper.builder().build();
  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired TestClock clock;
  @Autowired AlertLifecycle lifecycle;

  // ---- union directory

  @Test
  void theDirectoryIsSeededWithTheBulletinsUnionsBureausAndTaicangsJointMeeting() throws Exception {
    JsonNode all = get("/api/unions");
    List<String> ids = all.valueStream().map(u -> u.get("id").asString()).toList();
    assertThat(ids).contains("union-320500", "union-320585", "union-320582", "union-320581", "union-320583",
        "union-320509", "union-320506", "union-320507", "union-320505", "union-320508", "bureau-320585",
        "jm-320585-police", "jm-320585-petitions", "jm-320585-planning-construction", "jm-320585-central-bank",
        "jm-320585-industry-commerce");
    JsonNode covering = get("/api/unions?covering=320585");
    List<String> coveringIds = covering.valueStream().map(u -> u.get("id").asString()).toList();
    assertThat(coveringIds).contains("union-320500", "union-320585", "bureau-320585")
        .doesNotContain("union-320582");
    assertThat(get("/api/unions/union-320500").get("kind").asString()).isEqualTo("CITY_FEDERATION");
  }

  @Test
  void unionsAreManagedOverRest() throws Exception {
    String id = "union-320585102-" + UUID.randomUUID().toString().substring(0, 6);
    String body = """
        {"id":"%s","name":"太仓市城厢镇总工会","kind":"TOWN_UNION","jurisdictions":["320585102"]}""".formatted(id);
    assertThat(admin().post("/api/unions", body).statusCode()).isEqualTo(201);
    HttpResponse<String> again = admin().post("/api/unions", body);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Location")).hasValue("/api/unions/" + id);

    HttpResponse<String> renamed = admin().put("/api/unions/" + id, """
        {"name":"城厢镇总工会","kind":"TOWN_UNION","jurisdictions":["320585102"]}""");
    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(get("/api/unions/" + id).get("name").asString()).isEqualTo("城厢镇总工会");

    HttpResponse<String> unknown = admin().post("/api/unions", """
        {"id":"x-%s","name":"n","kind":"DISTRICT_UNION","jurisdictions":["110101"]}""".formatted(id));
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("jurisdictions[0]");
    assertThat(admin().post("/api/unions", "{\"id\":\"y\",\"name\":\"\",\"kind\":\"NOPE\",\"jurisdictions\":[]}")
        .statusCode()).isEqualTo(400);
    assertThat(admin().put("/api/unions/no-such-union", body.replace("\"id\":\"" + id + "\",", ""))
        .statusCode()).isEqualTo(404);
  }

  // ---- EW-1 and EW-9, routing to the enterprise's own union

  @Test
  void EW1_caseOpenedRaisesABlueAlertRaisedToYellowByGroupArrears_conformingToTheContract() throws Exception {
    String code = TestCreditCodes.random("320585");
    sendEnterprise(code, "太仓恒通精密机械有限公司", "320585", true);
    await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(code, EnterpriseDocument.class) != null);
    String caseId = UUID.randomUUID().toString();
    sendArrears(code, "wageguard.arrears.case-opened.v1", caseOpened(code, caseId, 12, true));

    TopicProbe.Seen raised = probe.await(raisedFor(code, "EW-1"));
    ContractAssertions.assertConforms(raised);
    JsonNode data = raised.data();
    assertThat(raised.key()).isEqualTo(code);
    assertThat(data.get("level").asString()).isEqualTo("YELLOW");
    assertThat(data.get("baseLevel").asString()).isEqualTo("BLUE");
    assertThat(data.get("ruleIds").valueStream().map(JsonNode::asString).toList())
        .containsSequence("EW-1", "EW-9", "P-6").contains("TC-2");
    assertThat(data.get("routedTo").valueStream().map(r -> r.get("unionId").asString() + "/" + r.get("role").asString()))
        .containsExactly("union-" + code + "/ENTERPRISE_UNION", "union-320585/DISTRICT_UNION");
    assertThat(data.get("caseId").asString()).isEqualTo(caseId);
    assertThat(data.get("facts").get("workersAffected").asInt()).isEqualTo(12);
    assertThat(data.get("policyVersion").asString()).isEqualTo("EARLY_WARNING/1");

    JsonNode view = get("/api/alerts/" + data.get("alertId").asString());
    assertThat(view.get("status").asString()).isEqualTo("OPEN");
    assertThat(view.get("enterpriseName").asString()).isEqualTo("太仓恒通精密机械有限公司");
  }

  // ---- dedupe

  @Test
  void theSameFactsNeverRaiseTwoAlertsEvenWhenRedelivered() throws Exception {
    String code = TestCreditCodes.random("320585");
    String caseId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    String opened = caseOpened(code, caseId, 3, false);
    sendArrears(code, eventId, "wageguard.arrears.case-opened.v1", opened);
    sendArrears(code, eventId, "wageguard.arrears.case-opened.v1", opened); // redelivery
    sendArrears(code, UUID.randomUUID().toString(), "wageguard.arrears.case-opened.v1", opened); // replay, new id
    // same partition (key = credit code): once this one has raised, the duplicates were processed before it
    sendArrears(code, "wageguard.arrears.report-overdue.v1", overdue(code, caseId, 3, false));
    probe.await(raisedFor(code, "EW-2"));

    assertThat(probe.all(raisedFor(code, "EW-1"))).hasSize(1);
    JsonNode page = get("/api/alerts?creditCode=" + code + "&rule=EW-1");
    assertThat(page.get("total").asInt()).isEqualTo(1);
  }

  // ---- EW-2, routing, filters, follow-up

  @Test
  void EW2_overdueReportIsOrangeToDistrictUnionCityFederationAndLabourBureau_andFollowedUp() throws Exception {
    String code = TestCreditCodes.random("320585");
    String caseId = UUID.randomUUID().toString();
    sendArrears(code, "wageguard.arrears.report-overdue.v1", overdue(code, caseId, 4, false));
    TopicProbe.Seen raised = probe.await(raisedFor(code, "EW-2"));
    ContractAssertions.assertConforms(raised);
    assertThat(raised.data().get("level").asString()).isEqualTo("ORANGE");
    assertThat(raised.data().get("ruleIds").valueStream().map(JsonNode::asString).toList())
        .startsWith("EW-2", "TC-2");
    assertThat(raised.data().get("routedTo").valueStream().map(r -> r.get("unionId").asString()))
        .containsExactly("union-320585", "union-320500", "bureau-320585");
    String alertId = raised.data().get("alertId").asString();

    assertThat(ids(get("/api/alerts?jurisdiction=320585&level=ORANGE&rule=TC-2&status=OPEN&creditCode=" + code)))
        .containsExactly(alertId);
    assertThat(ids(get("/api/alerts?jurisdiction=320500&creditCode=" + code))).containsExactly(alertId);
    assertThat(ids(get("/api/alerts?jurisdiction=320582&creditCode=" + code))).isEmpty();
    assertThat(ids(get("/api/alerts?unionId=union-320582&creditCode=" + code))).isEmpty();
    assertThat(ids(get("/api/alerts?unionId=bureau-320585&creditCode=" + code))).containsExactly(alertId);
    assertThat(ids(get("/api/alerts?level=BLUE&creditCode=" + code))).isEmpty();
    java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
    assertThat(ids(get("/api/alerts?from=" + today + "&to=" + today + "&creditCode=" + code))).containsExactly(alertId);
    assertThat(ids(get("/api/alerts?from=" + today.plusDays(1) + "&creditCode=" + code))).isEmpty();
    assertThat(get("/api/alerts?size=1&page=0").get("items").size()).isEqualTo(1);
    assertThat(reader().get("/api/alerts?level=PURPLE").statusCode()).isEqualTo(400);
    assertThat(reader().get("/api/alerts/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

    // a union that is not a recipient cannot acknowledge it (the city federation may act for Zhangjiagang's)
    assertThat(reader().post("/api/alerts/" + alertId + "/acknowledgement",
        "{\"unionId\":\"union-320582\"}").statusCode()).isEqualTo(422);
    ServiceHttp taicangUnion = ServiceHttp.atPort(port).withToken(TestIssuer.get().token().subject("union-taicang")
        .roles("UNION").jurisdictions("320585").mint());
    HttpResponse<String> ack = taicangUnion.post("/api/alerts/" + alertId + "/acknowledgement",
        "{\"unionId\":\"union-320585\",\"note\":\"已约谈企业负责人\"}");
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ack.body()).get("status").asString()).isEqualTo("ACKNOWLEDGED");
    assertThat(taicangUnion.post("/api/alerts/" + alertId + "/acknowledgement", "{}").statusCode())
        .isEqualTo(409);
    TopicProbe.Seen acknowledged = probe.await(s -> "wageguard.alert.acknowledged.v1".equals(s.type())
        && alertId.equals(s.data().get("alertId").asString()));
    ContractAssertions.assertConforms(acknowledged);
    assertThat(acknowledged.data().get("note").asString()).isEqualTo("已约谈企业负责人");

    assertThat(taicangUnion.post("/api/alerts/" + alertId + "/resolution", "{\"note\":\"工资已补发\"}")
        .statusCode()).isEqualTo(200);
    TopicProbe.Seen resolved = probe.await(s -> "wageguard.alert.resolved.v1".equals(s.type())
        && alertId.equals(s.data().get("alertId").asString()));
    ContractAssertions.assertConforms(resolved);
    // who acted is the token's subject
    assertThat(get("/api/alerts/" + alertId).get("resolved").get("by").asString()).startsWith("union-taicang");
    assertThat(acknowledged.data().get("by").asString()).isEqualTo("union-taicang (union-320585)");

    HttpResponse<String> csv = reader().get("/api/alerts/export.csv?creditCode=" + code);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().toList()).hasSize(2);
    assertThat(csv.body()).contains(alertId + ",EW-2,ORANGE,ORANGE,EW-2 TC-2 P-2," + code);
    JsonNode risk = get("/api/enterprises/" + code + "/risk");
    assertThat(risk.get("openAlerts").asInt()).isZero();
    assertThat(risk.get("history").size()).isEqualTo(1);
  }

  @Test
  void routing_aDistrictUnionGetsItsOwnAlertsAndNotItsNeighbours() throws Exception {
    String zhangjiagang = TestCreditCodes.random("320582");
    sendArrears(zhangjiagang, "wageguard.arrears.case-opened.v1",
        caseOpened(zhangjiagang, UUID.randomUUID().toString(), 2, false).replace("320585", "320582"));
    TopicProbe.Seen raised = probe.await(raisedFor(zhangjiagang, "EW-1"));
    assertThat(raised.data().get("routedTo").valueStream().map(r -> r.get("unionId").asString()))
        .containsExactly("union-320582");
    assertThat(get("/api/alerts?unionId=union-320585&creditCode=" + zhangjiagang).get("total").asInt()).isZero();
    assertThat(get("/api/alerts?unionId=union-320582&creditCode=" + zhangjiagang).get("total").asInt()).isOne();
    JsonNode board = get("/api/jurisdictions/320582/board");
    assertThat(board.get("openBySignal").get("EW-1").asInt()).isPositive();
    assertThat(board.get("oldestUnacknowledged").get("jurisdiction").asString()).isEqualTo("320582");
    JsonNode risk = get("/api/enterprises/" + zhangjiagang + "/risk");
    assertThat(risk.get("highestOpenLevel").asString()).isEqualTo("BLUE");
    assertThat(risk.get("openAlerts").asInt()).isOne();
  }

  // ---- EW-6 (TC-8) and EW-7 from other topics

  @Test
  void EW6_incidentIsRedToAllAndTaicangsJointMeeting() throws Exception {
    String code = TestCreditCodes.random("320585");
    String incident = """
        {"caseId":"%s","incidentId":"%s","creditCode":"%s","jurisdiction":"320585","kind":"COLLECTIVE_PETITION",
         "occurredOn":"2025-09-29","workersInvolved":35,"ruleIds":["TC-3b","HT-5"]}"""
        .formatted(UUID.randomUUID(), UUID.randomUUID(), code);
    sendArrears(code, "wageguard.arrears.incident-recorded.v1", incident);
    TopicProbe.Seen raised = probe.await(raisedFor(code, "EW-6"));
    ContractAssertions.assertConforms(raised);
    assertThat(raised.data().get("level").asString()).isEqualTo("RED");
    assertThat(raised.data().get("ruleIds").valueStream().map(JsonNode::asString).toList())
        .contains("EW-6", "TC-3b", "HT-5", "TC-8");
    assertThat(raised.data().get("routedTo").valueStream().map(r -> r.get("unionId").asString()).toList())
        .contains("union-320585", "union-320500", "bureau-320585", "jm-320585-police", "jm-320585-petitions",
            "jm-320585-planning-construction", "jm-320585-central-bank", "jm-320585-industry-commerce")
        .doesNotHaveDuplicates();
  }

  @Test
  void EW7_secondMissedDepositDeadlineIsOrange() {
    String code = TestCreditCodes.random("320505");
    String missed = """
        {"creditCode":"%s","jurisdiction":"320505","policy":{"id":"HIGH_TECH_ZONE_MONTHLY","version":1},
         "obligation":"HT-2_CONTRIBUTION","dueDate":"2025-08-31","missCount":2,"ruleIds":["HT-2","EW-7"]}"""
        .formatted(code);
    probe.send("deposit.events", code, event(UUID.randomUUID().toString(), "wageguard.deposit.deadline-missed.v1",
        "/wageguard/deposit-accounts", code, missed));
    TopicProbe.Seen raised = probe.await(raisedFor(code, "EW-7"));
    ContractAssertions.assertConforms(raised);
    assertThat(raised.data().get("level").asString()).isEqualTo("ORANGE");
    assertThat(raised.data().get("routedTo").valueStream().map(r -> r.get("unionId").asString()))
        .containsExactly("bureau-320505", "union-320505");
  }

  // ---- escalation with the injected clock

  @Test
  void anUnacknowledgedAlertEscalatesOneLevelWhenItsTimeHasPassed() throws Exception {
    String code = TestCreditCodes.random("320585");
    sendArrears(code, "wageguard.arrears.case-opened.v1", caseOpened(code, UUID.randomUUID().toString(), 2, false));
    String alertId = probe.await(raisedFor(code, "EW-1")).data().get("alertId").asString();

    clock.advance(Duration.ofHours(23));
    lifecycle.sweep();
    assertThat(get("/api/alerts/" + alertId).get("level").asString()).isEqualTo("BLUE");

    clock.advance(Duration.ofHours(2));
    assertThat(lifecycle.sweep()).isPositive();
    JsonNode view = get("/api/alerts/" + alertId);
    assertThat(view.get("level").asString()).isEqualTo("YELLOW");
    assertThat(view.get("escalations").get(0).get("from").asString()).isEqualTo("BLUE");
    TopicProbe.Seen escalated = probe.await(s -> "wageguard.alert.escalated.v1".equals(s.type())
        && alertId.equals(s.data().get("alertId").asString()));
    ContractAssertions.assertConforms(escalated);
    assertThat(escalated.data().get("previousLevel").asString()).isEqualTo("BLUE");
    // once escalated, it waits a full period again before the next step
    lifecycle.sweep();
    assertThat(get("/api/alerts/" + alertId).get("level").asString()).isEqualTo("YELLOW");
  }

  /**
   * The stored alert keeps its shape through escalation and acknowledgement (the lifecycle's sub-documents carry
   * only their fields), and an alert stored before issue 15, under its old class name, still reads and changes.
   */
  @Test
  void aStoredAlertKeepsItsShapeAndOneStoredBeforeTheMoveStillReadsAndChanges() throws Exception {
    String code = TestCreditCodes.random("320585");
    sendArrears(code, "wageguard.arrears.case-opened.v1", caseOpened(code, UUID.randomUUID().toString(), 2, false));
    String alertId = probe.await(raisedFor(code, "EW-1")).data().get("alertId").asString();
    mongo.updateFirst(Query.query(Criteria.where("_id").is(alertId)),
        Update.update("_class", "io.wageguard.alerting.persistence.AlertDocument"), "alerts");

    clock.advance(Duration.ofHours(25));
    assertThat(lifecycle.sweep()).isPositive();
    ServiceHttp taicangUnion = ServiceHttp.atPort(port).withToken(TestIssuer.get().token().subject("union-taicang")
        .roles("UNION").jurisdictions("320585").mint());
    assertThat(taicangUnion.post("/api/alerts/" + alertId + "/acknowledgement",
        "{\"unionId\":\"union-320585\",\"note\":\"收到\"}").statusCode()).isEqualTo(200);

    Document stored = mongo.findById(alertId, Document.class, "alerts");
    assertThat(stored).doesNotContainKey("escalateAt").containsEntry("status", "ACKNOWLEDGED")
        .containsEntry("level", "YELLOW").containsEntry("version", 2L);
    assertThat(stored.getList("escalations", Document.class)).singleElement()
        .satisfies(step -> assertThat(step.keySet()).containsExactlyInAnyOrder("from", "to", "at", "reason"));
    assertThat(stored.get("acknowledged", Document.class).keySet()).containsExactlyInAnyOrder("by", "note", "at");
    assertThat(stored.getList("routedTo", Document.class)).allSatisfy(
        r -> assertThat(r.keySet()).containsExactlyInAnyOrder("unionId", "name", "role"));
    JsonNode view = get("/api/alerts/" + alertId);
    assertThat(view.get("acknowledged").get("by").asString()).isEqualTo("union-taicang (union-320585)");
    assertThat(view.get("escalations").get(0).get("to").asString()).isEqualTo("YELLOW");
  }

  // ---- helpers

  static Predicate<TopicProbe.Seen> raisedFor(String code, String signal) {
    return s -> "wageguard.alert.raised.v1".equals(s.type()) && code.equals(s.key())
        && signal.equals(s.data().get("signal").asString());
  }

  static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(a -> a.get("alertId").asString()).toList();
  }

  /** Reads as the Suzhou city federation's account, which covers every district of these tests. */
  JsonNode get(String path) throws Exception {
    HttpResponse<String> response = reader().get(path);
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  ServiceHttp reader() {
    return ServiceHttp.atPort(port).as("UNION", "320500");
  }

  /** The directory is the admin's (config.AccessPolicy). */
  ServiceHttp admin() {
    return ServiceHttp.atPort(port).as("ADMIN", "320500");
  }

  static void sendEnterprise(String code, String name, String jurisdiction, boolean ownUnion) {
    String data = """
        {"creditCode":"%s","name":"%s","legalRepresentative":"张三","address":"江苏省太仓市","jurisdiction":"%s",
         "sector":"PRODUCTION","premises":"LEASED","headcount":120,"hasOwnUnion":%s,"status":"ACTIVE",
         "registeredAt":"2025-01-01T00:00:00Z","version":1}""".formatted(code, name, jurisdiction, ownUnion);
    probe.send("enterprise.events", code, event(UUID.randomUUID().toString(),
        "wageguard.enterprise.registered.v1", "/wageguard/enterprise-registry", code, data));
  }

  static void sendArrears(String code, String type, String data) {
    sendArrears(code, UUID.randomUUID().toString(), type, data);
  }

  static void sendArrears(String code, String id, String type, String data) {
    probe.send("arrears.events", code, event(id, type, "/wageguard/arrears-reporting", code, data));
  }

  static String caseOpened(String code, String caseId, int workers, boolean group) {
    return """
        {"caseId":"%s","submissionId":"S-%s","creditCode":"%s","jurisdiction":"320585",
         "arrearsStartDate":"2025-09-30","wageMonths":["2025-08"],"amountOwed":"82200.00","workersAffected":%d,
         "groupArrears":%s,"reporterRole":"UNION","reporter":"太仓市总工会","reportDeadline":"2025-10-09",
         "ruleIds":["TC-2","P-2","P-3"],"policyVersion":"TAICANG_LUMP_SUM/1","openedAt":"2025-09-30T08:40:02Z"}"""
        .formatted(caseId, caseId, code, workers, group);
  }

  static String overdue(String code, String caseId, int workers, boolean group) {
    return """
        {"caseId":"%s","creditCode":"%s","jurisdiction":"320585","arrearsStartDate":"2025-08-15",
         "reportDeadline":"2025-08-20","workersAffected":%d,"groupArrears":%s,"ruleIds":["TC-2","P-2"],
         "detectedAt":"2025-08-20T16:00:01Z"}""".formatted(caseId, code, workers, group);
  }

  static String event(String id, String type, String source, String subject, String data) {
    return """
        {"specversion":"1.0","id":"%s","source":"%s","type":"%s","subject":"%s","time":"2025-09-30T08:40:02Z",
         "datacontenttype":"application/json","data":%s}""".formatted(id, source, type, subject, data);
  }
}
