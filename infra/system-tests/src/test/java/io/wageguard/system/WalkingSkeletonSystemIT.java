package io.wageguard.system;

import static io.wageguard.testsupport.TopicProbe.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.devstack.DevAccounts;
import io.wageguard.devstack.RunningDevstack;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TopicProbe;
import io.wageguard.testsupport.TopicProbe.Seen;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton, end to end: the four services as separate processes (started by the devstack,
 * exactly as the README's run command starts them) on one real KRaft broker and one MongoDB-wire server,
 * driven only through REST and topics.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class WalkingSkeletonSystemIT {

  static final String TAICANG = "320585";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static RunningDevstack devstack;
  static TopicProbe probe;

  @BeforeAll
  static void startSystem() {
    devstack = RunningSystem.get();
    probe = new TopicProbe(devstack.kafkaClientProperties("admin"), "enterprise.events", "arrears.events", "alerts",
        "arrears.submissions-dlt");
  }

  @AfterAll
  static void closeProbe() throws InterruptedException {
    if (probe != null) {
      probe.close();
    }
  }

  @Test
  void caseWhoseArrearsStartedTenDaysAgoRaisesEw2AtOnce() throws Exception {
    String creditCode = registerEnterprise("苏州示范精密机械有限公司");
    LocalDate today = RunningSystem.today();
    String submissionId = UUID.randomUUID().toString();

    HttpResponse<String> opened = devstack.client(DevAccounts.labourBureau(TAICANG))
        .post("arrears-reporting", "/api/cases", caseRequest(submissionId, creditCode, today));
    assertThat(opened.statusCode()).as(opened.body()).isIn(200, 201);

    Seen caseOpened = probe.await(ofType("wageguard.arrears.case-opened.v1").and(subject(creditCode)));
    ContractAssertions.assertConforms(caseOpened);
    assertThat(caseOpened.data().get("groupArrears").asBoolean()).isTrue();

    Seen overdue = probe.await(ofType("wageguard.arrears.report-overdue.v1").and(subject(creditCode)));
    ContractAssertions.assertConforms(overdue);

    Seen ew2 = probe.await(ofType("wageguard.alert.raised.v1").and(subject(creditCode))
        .and(seen -> "EW-2".equals(seen.data().get("signal").asString())));
    ContractAssertions.assertConforms(ew2);
    assertThat(ruleIds(ew2.data())).contains("EW-2", "TC-2");
    assertThat(ew2.data().get("creditCode").asString()).isEqualTo(creditCode);
    assertThat(ew2.data().get("jurisdiction").asString()).isEqualTo(TAICANG);
    // EW-2 is ORANGE; twelve workers are group arrears (EW-9), which raises it one level.
    assertThat(ew2.data().get("baseLevel").asString()).isEqualTo("ORANGE");
    assertThat(ew2.data().get("level").asString()).isEqualTo("RED");

    Seen ew1 = probe.await(ofType("wageguard.alert.raised.v1").and(subject(creditCode))
        .and(seen -> "EW-1".equals(seen.data().get("signal").asString())));
    ContractAssertions.assertConforms(ew1);

    // The alerts are listed over REST for the enterprise, to the union of its place.
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      HttpResponse<String> alerts = devstack.client(DevAccounts.union(TAICANG))
          .get("alerting", "/api/alerts?creditCode=" + creditCode);
      assertThat(alerts.statusCode()).as(alerts.body()).isEqualTo(200);
      assertThat(JSON.readTree(alerts.body()).toString()).contains("EW-1").contains("EW-2");
    });

    // Sending the same submission again changes nothing: still one case.
    HttpResponse<String> again = devstack.client(DevAccounts.labourBureau(TAICANG))
        .post("arrears-reporting", "/api/cases", caseRequest(submissionId, creditCode, today));
    assertThat(again.statusCode()).isIn(200, 201);
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(probe.all(ofType("wageguard.arrears.case-opened.v1").and(subject(creditCode)))).hasSize(1));
  }

  @Test
  void submissionsOnTheTopicOpenCasesRejectInvalidOnesAndDeadLetterUnreadableOnes() throws Exception {
    String creditCode = registerEnterprise("太仓市示范餐饮管理有限公司");
    LocalDate today = RunningSystem.today();

    String poisonKey = creditCode;
    probe.send("arrears.submissions", poisonKey, "{definitely not a CloudEvent");

    String invalidId = UUID.randomUUID().toString();
    probe.send("arrears.submissions", creditCode, submissionEvent(invalidId, creditCode, """
        {"creditCode":"%s","arrearsStartDate":"%s","wageMonths":["%s"],"amountOwed":"1200",
         "workersAffected":0,"reporterRole":"UNION","reporter":"太仓市总工会"}"""
        .formatted(creditCode, today.minusDays(1), today.toString().substring(0, 7))));

    String validId = UUID.randomUUID().toString();
    probe.send("arrears.submissions", creditCode, submissionEvent(validId, creditCode, """
        {"creditCode":"%s","jurisdiction":"%s","arrearsStartDate":"%s","wageMonths":["%s"],"amountOwed":"52000.00",
         "workersAffected":4,"reporterRole":"UNION","reporter":"太仓市总工会"}"""
        .formatted(creditCode, TAICANG, today.minusDays(1), today.toString().substring(0, 7))));

    Seen dead = probe.await(TopicProbe.onTopic("arrears.submissions-dlt").and(seen -> poisonKey.equals(seen.key())));
    assertThat(dead.text()).isEqualTo("{definitely not a CloudEvent");

    Seen rejected = probe.await(ofType("wageguard.arrears.submission-rejected.v1")
        .and(seen -> invalidId.equals(seen.data().path("submissionId").asString())));
    ContractAssertions.assertConforms(rejected);
    assertThat(rejected.data().get("reasons").toString()).contains("amountOwed").contains("workersAffected");

    Seen opened = probe.await(ofType("wageguard.arrears.case-opened.v1")
        .and(seen -> validId.equals(seen.data().path("submissionId").asString())));
    ContractAssertions.assertConforms(opened);
    Seen ew1 = probe.await(ofType("wageguard.alert.raised.v1").and(subject(creditCode))
        .and(seen -> "EW-1".equals(seen.data().get("signal").asString())));
    assertThat(ew1.data().get("level").asString()).isEqualTo("BLUE");
  }

  /** The labour bureau's case: twelve workers unpaid since ten days ago. */
  private static String caseRequest(String submissionId, String creditCode, LocalDate today) {
    return """
        {"submissionId":"%s","creditCode":"%s","jurisdiction":"%s","arrearsStartDate":"%s","wageMonths":["%s"],
         "amountOwed":"386400.00","workersAffected":12,"reporterRole":"LABOUR_BUREAU",
         "reporter":"太仓市劳动和社会保障局","reference":"TC-LB-2026-0417"}"""
        .formatted(submissionId, creditCode, TAICANG, today.minusDays(10),
            today.minusMonths(1).toString().substring(0, 7));
  }

  private static String registerEnterprise(String name) throws Exception {
    String creditCode = TestCreditCodes.random(TAICANG);
    HttpResponse<String> registered = devstack.client(DevAccounts.ADMIN)
        .post("enterprise-registry", "/api/enterprises", """
        {"creditCode":"%s","name":"%s","legalRepresentative":"张伟","address":"太仓市城厢镇示范路1号",
         "jurisdiction":"%s","sector":"PRODUCTION","premises":"LEASED","headcount":120,"hasOwnUnion":true}"""
        .formatted(creditCode, name, TAICANG));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    Seen event = probe.await(ofType("wageguard.enterprise.registered.v1").and(subject(creditCode)));
    ContractAssertions.assertConforms(event);
    return creditCode;
  }

  private static String submissionEvent(String id, String creditCode, String data) {
    return """
        {"specversion":"1.0","id":"%s","source":"/labour-bureau/taicang","type":"wageguard.arrears.submission.v1",
         "subject":"%s","time":"2026-11-24T09:00:00+08:00","datacontenttype":"application/json","data":%s}"""
        .formatted(id, creditCode, data);
  }

  private static java.util.function.Predicate<Seen> subject(String creditCode) {
    return seen -> seen.value() != null && creditCode.equals(seen.value().path("subject").asString());
  }

  private static List<String> ruleIds(JsonNode data) {
    return data.get("ruleIds").valueStream().map(JsonNode::asString).toList();
  }
}
