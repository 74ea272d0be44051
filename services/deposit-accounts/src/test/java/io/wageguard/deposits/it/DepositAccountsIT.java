package io.wageguard.deposits.it;

import io.wageguard.testsupport.TestCreditCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.EventIds;
import io.wageguard.deposits.application.DepositService;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class DepositAccountsIT {

  /** A clock the test moves (one context configuration for the module). */
  static final class MovableClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T02:00:00Z"));

    @Override public ZoneId getZone() { return ZoneId.of("Asia/Shanghai"); }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
    void set(String instant) { now.set(Instant.parse(instant)); }
  }

  @TestConfiguration
  static class Time {
    @Bean
    @Primary
    MovableClock movableClock() {
      return CLOCK;
    }
  }

  static final MovableClock CLOCK = new MovableClock();
  static final JsonMapper JSON = JsonMapper.builder().build();
  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("deposit.events");
  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired DepositService service;
  static final String TAICANG = "320585";

  @Test
  void taicangObligationFromEventsIsAssessedOnceUnderRedelivery_andExplained() throws Exception {
    CLOCK.set("2026-03-02T02:00:00Z");
    String cc = TestCreditCodes.random("320585");
    String registered = registered(cc, "320585", "LEASED", 50);
    probe.send("enterprise.events", cc, registered);
    probe.send("enterprise.events", cc, registered); // redelivery: no second effect
    probe.send("enterprise.events", cc, payroll(cc, "320585", "2025", "1234567.81"));

    TopicProbe.Seen assessed = probe.await(s -> cc.equals(s.key())
        && "wageguard.deposit.obligation-assessed.v1".equals(s.type())
        && "246913.57".equals(s.data().path("requiredAmount").asString()));
    ContractAssertions.assertConforms(assessed);
    assertThat(assessed.data().path("outcome").asString()).isEqualTo("REQUIRED");
    assertThat(assessed.data().path("clauses").toString()).contains("TC-3d");
    assertThat(assessed.data().path("policy").path("id").asString()).isEqualTo("TAICANG_LUMP_SUM");

    JsonNode history = get("/api/enterprises/" + cc + "/obligation/history");
    assertThat(history.size()).isEqualTo(2); // REQUIRED without amount, then with it; the redelivery added nothing
    JsonNode facts = get("/api/enterprises/" + cc + "/facts");
    assertThat(facts.path("premises").asString()).isEqualTo("LEASED");
    assertThat(facts.path("payroll").path("annual").path("2025").asString()).isEqualTo("1234567.81");
    assertThat(facts.path("sources").toString()).contains("wageguard.enterprise.registered.v1")
        .contains("wageguard.enterprise.payroll-declared.v1");
    assertThat(get("/api/enterprises/" + cc + "/obligation").path("requiredAmount").asString()).isEqualTo("246913.57");
  }

  @Test
  void depositPayoutLargerThanBalance_ledgerAsOf_tamperDetected_andMissedDeadline() throws Exception {
    String cc = assessedTaicangEnterprise();

    assertThat(post("LABOUR_BUREAU", "/api/enterprises/" + cc + "/agreement",
        "{\"signedOn\":\"2026-03-02\",\"witnessedBy\":\"Taicang Federation of Trade Unions\"}").statusCode()).isEqualTo(200);
    HttpResponse<String> wrongKind = post("BANK", "/api/enterprises/" + cc + "/credits",
        "{\"kind\":\"CONTRIBUTION\",\"amount\":\"100.00\",\"valueDate\":\"2026-03-02\"}");
    assertThat(wrongKind.statusCode()).isEqualTo(422);
    assertThat(wrongKind.body()).contains("\"rule\":\"HT-2\"");

    CLOCK.set("2026-04-10T02:00:00Z");
    assertThat(post("BANK", "/api/enterprises/" + cc + "/credits",
        "{\"kind\":\"DEPOSIT\",\"amount\":\"100000.00\",\"valueDate\":\"2026-04-10\",\"reference\":\"slip 1\"}").statusCode())
        .isEqualTo(200);
    TopicProbe.Seen entry = probe.await(s -> cc.equals(s.key()) && "wageguard.deposit.ledger-entry-recorded.v1".equals(s.type()));
    ContractAssertions.assertConforms(entry);
    assertThat(entry.data().path("balanceAfter").asString()).isEqualTo("100000.00");

    // the deposit was due by 2026-05-06 (P-5 then P-3 past Labour Day) and the balance is short of 246913.57
    CLOCK.set("2026-05-07T02:00:00Z");
    service.sweepDeadlines();
    TopicProbe.Seen missed = probe.await(s -> cc.equals(s.key()) && "wageguard.deposit.deadline-missed.v1".equals(s.type()));
    ContractAssertions.assertConforms(missed);
    assertThat(missed.data().path("obligation").asString()).isEqualTo("TC-4_DEPOSIT");
    assertThat(missed.data().path("dueDate").asString()).isEqualTo("2026-05-06");
    assertThat(missed.data().path("missCount").asInt()).isEqualTo(1);

    // EW-8: unpaid arrears above the balance
    probe.send("arrears.events", cc, caseOpened(cc, "320585", "150000.00"));
    TopicProbe.Seen ew8 = probe.await(s -> cc.equals(s.key()) && "wageguard.deposit.arrears-exceed-balance.v1".equals(s.type()));
    ContractAssertions.assertConforms(ew8);
    assertThat(ew8.data().path("shortfall").asString()).isEqualTo("50000.00");

    // TC-7 payout larger than the balance: stops at zero, shortfall recorded (M-3)
    probe.send("enterprise.events", cc, statusChanged(cc, "320585", "BANKRUPT"));
    await().atMost(Duration.ofSeconds(30)).until(() -> "BANKRUPT".equals(get("/api/enterprises/" + cc + "/facts").path("status").asString()));
    CLOCK.set("2026-05-20T02:00:00Z");
    HttpResponse<String> payout = post("BANK", "/api/enterprises/" + cc + "/payouts",
        "{\"kind\":\"INSOLVENCY_PAYOUT\",\"valueDate\":\"2026-05-20\",\"reference\":\"order 7\",\"months\":3,\"workers\":40}");
    assertThat(payout.statusCode()).as(payout.body()).isEqualTo(200);
    TopicProbe.Seen paid = probe.await(s -> cc.equals(s.key()) && "INSOLVENCY_PAYOUT".equals(s.data().path("kind").asString()));
    ContractAssertions.assertConforms(paid);
    assertThat(paid.data().path("amount").asString()).isEqualTo("-100000.00");
    assertThat(paid.data().path("requested").asString()).isEqualTo("298800.00");
    assertThat(paid.data().path("shortfall").asString()).isEqualTo("198800.00");
    assertThat(paid.data().path("balanceAfter").asString()).isEqualTo("0.00");

    JsonNode before = get("/api/enterprises/" + cc + "/status?asOf=2026-05-19");
    JsonNode after = get("/api/enterprises/" + cc + "/status?asOf=2026-05-20");
    assertThat(before.path("balance").asString()).isEqualTo("100000.00");
    assertThat(before.path("compliance").asString()).isEqualTo("NON_COMPLIANT");
    assertThat(before.path("missedDeadlines").size()).isEqualTo(1);
    assertThat(after.path("balance").asString()).isEqualTo("0.00");
    assertThat(after.path("ledger").size()).isEqualTo(2);
    assertThat(after.path("verification").path("valid").asBoolean()).isTrue();
    JsonNode early = get("/api/enterprises/" + cc + "/status?asOf=2026-03-01");
    assertThat(early.path("compliance").asString()).isEqualTo("NOT_ASSESSED");

    String csv = http().as("AUDITOR", TAICANG).get("/api/enterprises/" + cc + "/ledger.csv").body();
    assertThat(csv.lines()).hasSize(3);
    JsonNode list = get("/api/deposits?jurisdiction=320585&asOf=2026-05-20");
    assertThat(list.path("items").toString()).contains(cc);
    assertThat(list.path("totals").path("enterprises").asInt()).isGreaterThanOrEqualTo(1);

    // someone edits the stored first entry: verification names it
    assertThat(get("/api/enterprises/" + cc + "/ledger/verification").path("valid").asBoolean()).isTrue();
    mongo.updateFirst(new Query(Criteria.where("_id").is(cc)),
        new Update().set("deposit.ledger.0.amount", "1000000.00"), "deposits");
    JsonNode verification = get("/api/enterprises/" + cc + "/ledger/verification");
    assertThat(verification.path("valid").asBoolean()).isFalse();
    assertThat(verification.path("brokenAtSequence").asLong()).isEqualTo(1);
  }

  @Test
  void jurisdictionWithoutPolicyIsNoPolicy_andUnknownEnterpriseIs404() throws Exception {
    CLOCK.set("2026-03-02T02:00:00Z");
    String cc = TestCreditCodes.random("320506");
    probe.send("enterprise.events", cc, registered(cc, "320506", "LEASED", 50));
    TopicProbe.Seen seen = probe.await(s -> cc.equals(s.key()) && "wageguard.deposit.obligation-assessed.v1".equals(s.type()));
    ContractAssertions.assertConforms(seen);
    assertThat(seen.data().path("outcome").asString()).isEqualTo("NO_POLICY");
    HttpResponse<String> missing = http().as("AUDITOR", "320500")
        .get("/api/enterprises/" + TestCreditCodes.random("320585") + "/status");
    assertThat(missing.statusCode()).isEqualTo(404);
    Document stored = mongo.getCollection("deposits").find(new Document("_id", cc)).first();
    assertThat(stored).isNotNull();
  }

  /**
   * Issue 15 moved the document class: a deposit stored before, under its old class name, still reads and changes,
   * and the stored fields stay those of before (collection "deposits", indexed jurisdiction and nextDueDate, the
   * applied event ids, the embedded deposit).
   */
  @Test
  void aDepositStoredBeforeTheMoveStillReadsAndChanges_andKeepsItsStoredFields() throws Exception {
    String cc = assessedTaicangEnterprise();
    Document before = mongo.getCollection("deposits").find(new Document("_id", cc)).first();
    assertThat(before).containsKeys("_id", "version", "jurisdiction", "appliedEventIds", "deposit")
        .containsEntry("jurisdiction", "320585");
    mongo.updateFirst(new Query(Criteria.where("_id").is(cc)),
        Update.update("_class", "io.wageguard.deposits.persistence.DepositDocument"), "deposits");

    assertThat(get("/api/enterprises/" + cc + "/obligation").path("requiredAmount").asString()).isEqualTo("246913.57");
    assertThat(post("LABOUR_BUREAU", "/api/enterprises/" + cc + "/agreement",
        "{\"signedOn\":\"2026-03-02\",\"witnessedBy\":\"Taicang Federation of Trade Unions\"}").statusCode())
        .isEqualTo(200);

    Document after = mongo.getCollection("deposits").find(new Document("_id", cc)).first();
    assertThat(after.getLong("version")).isEqualTo(before.getLong("version") + 1);
    assertThat(after).containsEntry("jurisdiction", "320585").containsEntry("nextDueDate", "2026-05-06")
        .containsEntry("appliedEventIds", before.get("appliedEventIds"));
    assertThat(after.get("deposit", Document.class).keySet())
        .containsAll(before.get("deposit", Document.class).keySet());
    assertThat(get("/api/enterprises/" + cc + "/status").path("nextDue").path("dueDate").asString())
        .isEqualTo("2026-05-06");
  }

  // ------------------------------------------------------------------ helpers

  /** On 2026-03-02, a Taicang enterprise on leased premises with 1234567.81 of wages: 246913.57 required (TC-3d). */
  String assessedTaicangEnterprise() {
    CLOCK.set("2026-03-02T02:00:00Z");
    String cc = TestCreditCodes.random("320585");
    probe.send("enterprise.events", cc, registered(cc, "320585", "LEASED", 50));
    probe.send("enterprise.events", cc, payroll(cc, "320585", "2025", "1234567.81"));
    probe.await(s -> cc.equals(s.key()) && "246913.57".equals(s.data().path("requiredAmount").asString()));
    return cc;
  }

  /** Reads as Taicang's auditor (every enterprise in these tests is a Taicang one unless a test says otherwise). */
  JsonNode get(String path) {
    HttpResponse<String> r = http().as("AUDITOR", TAICANG).get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** Writes as the role that makes them: the labour bureau decides, the bank records money (config.AccessPolicy). */
  HttpResponse<String> post(String role, String path, String json) {
    return http().as(role, TAICANG).post(path, json);
  }

  ServiceHttp http() {
    return ServiceHttp.atPort(port);
  }

  static final CloudEventCodec REGISTRY = new CloudEventCodec(URI.create("/wageguard/enterprise-registry"));
  static final CloudEventCodec ARREARS = new CloudEventCodec(URI.create("/wageguard/arrears-reporting"));
  static int version = 1;

  static String registered(String cc, String jurisdiction, String premises, int headcount) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("creditCode", cc);
    d.put("name", "Test Co");
    d.put("jurisdiction", jurisdiction);
    d.put("sector", "PRODUCTION");
    d.put("premises", premises);
    d.put("headcount", headcount);
    d.put("hasOwnUnion", true);
    d.put("status", "ACTIVE");
    d.put("registeredAt", "2025-01-01T00:00:00Z");
    d.put("version", 1);
    return CloudEventCodec.toJson(REGISTRY.create(EventIds.nameBased(cc, "registered"), "wageguard.enterprise.registered.v1",
        cc, d, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("UTC"))));
  }

  static String payroll(String cc, String jurisdiction, String period, String total) {
    return CloudEventCodec.toJson(REGISTRY.create(EventIds.random(), "wageguard.enterprise.payroll-declared.v1", cc,
        Map.of("creditCode", cc, "jurisdiction", jurisdiction, "kind", "ANNUAL", "period", period, "totalWages", total,
            "declaredAt", "2026-01-05T00:00:00Z", "version", 2), CLOCK));
  }

  static String statusChanged(String cc, String jurisdiction, String status) {
    return CloudEventCodec.toJson(REGISTRY.create(EventIds.random(), "wageguard.enterprise.status-changed.v1", cc,
        Map.of("creditCode", cc, "jurisdiction", jurisdiction, "status", status, "effectiveDate", "2026-05-10",
            "version", 5), CLOCK));
  }

  static String caseOpened(String cc, String jurisdiction, String owed) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("caseId", EventIds.random());
    d.put("creditCode", cc);
    d.put("jurisdiction", jurisdiction);
    d.put("arrearsStartDate", "2026-05-01");
    d.put("wageMonths", List.of("2026-04"));
    d.put("amountOwed", owed);
    d.put("workersAffected", 40);
    d.put("ruleIds", List.of("TC-2"));
    return CloudEventCodec.toJson(ARREARS.create(EventIds.random(), "wageguard.arrears.case-opened.v1", cc, d, CLOCK));
  }
}
