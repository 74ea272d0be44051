package io.wageguard.system;

import static io.wageguard.system.RulesFixture.HIGH_TECH_ZONE;
import static io.wageguard.system.RulesFixture.REGISTRY_WRITER;
import static io.wageguard.system.RulesFixture.bank;
import static io.wageguard.system.RulesFixture.labourBureau;
import static io.wageguard.system.RulesFixture.ok;
import static io.wageguard.system.RulesFixture.recipientIds;
import static io.wageguard.system.RulesFixture.rejected;
import static io.wageguard.system.RulesFixture.strings;
import static io.wageguard.system.RulesFixture.subject;
import static io.wageguard.system.RulesPeriodsAndMoneySystemIT.deadline;
import static io.wageguard.testsupport.TopicProbe.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.testsupport.TopicProbe.Seen;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * RULES.md "Suzhou High-tech Zone" (HT-1..HT-7), end to end: enterprises registered in the zone (320505), the
 * certificate, the dedicated account, monthly contributions and every way money leaves the account.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RulesHighTechZoneSystemIT {

  @RegisterExtension
  static final RulesFixture system = new RulesFixture();

  @Test
  @DisplayName("HT-1, P-6: production in leased premises with 20 or 300 employees must deposit (HT-1a), 301 need "
      + "not; catering with 20 must (HT-1b), 19 need not; own premises with arrears must (HT-1c)")
  void whoMustDeposit() {
    String production20 = system.register(HIGH_TECH_ZONE, "PRODUCTION", "LEASED", 20, false);
    String production300 = system.register(HIGH_TECH_ZONE, "PRODUCTION", "LEASED", 300, false);
    String production301 = system.register(HIGH_TECH_ZONE, "PRODUCTION", "LEASED", 301, false);
    String catering20 = system.register(HIGH_TECH_ZONE, "CATERING", "OWNED", 20, false);
    String catering19 = system.register(HIGH_TECH_ZONE, "CATERING", "LEASED", 19, false);
    String ownedInArrears = system.register(HIGH_TECH_ZONE, "PRODUCTION", "OWNED", 50, false);

    assertThat(strings(system.awaitOutcome(production20, HIGH_TECH_ZONE, "REQUIRED").path("clauses")))
        .containsExactly("HT-1a");
    assertThat(strings(system.awaitOutcome(production300, HIGH_TECH_ZONE, "REQUIRED").path("clauses")))
        .containsExactly("HT-1a");
    assertThat(strings(system.awaitOutcome(production301, HIGH_TECH_ZONE, "NOT_REQUIRED").path("ruleIds")))
        .contains("HT-1");
    assertThat(strings(system.awaitOutcome(catering20, HIGH_TECH_ZONE, "REQUIRED").path("clauses")))
        .containsExactly("HT-1b");
    system.awaitOutcome(catering19, HIGH_TECH_ZONE, "NOT_REQUIRED");

    system.awaitOutcome(ownedInArrears, HIGH_TECH_ZONE, "NOT_REQUIRED");
    system.openCase(ownedInArrears, HIGH_TECH_ZONE, LocalDate.parse("2026-11-02"), List.of("2026-10"), "40000.00", 5);
    assertThat(strings(system.awaitOutcome(ownedInArrears, HIGH_TECH_ZONE, "REQUIRED").path("clauses")))
        .containsExactly("HT-1c");
  }

  @Test
  @DisplayName("HT-2, P-3, EW-7: contributions are capped at 20% of last year's wages; with the account opened "
      + "2026-08-10, September's is due 2026-09-30 and October's 2026-11-02 (10-31 is a Saturday); two misses "
      + "raise EW-7 to ORANGE")
  void monthlyContributions() {
    String creditCode = system.register(HIGH_TECH_ZONE, "PRODUCTION", "LEASED", 150, false);
    system.annualPayroll(creditCode, 2025, "1000000.00");
    system.awaitRequiredAmount(creditCode, HIGH_TECH_ZONE, "200000.00");
    ok(system.as(labourBureau(HIGH_TECH_ZONE)).post("deposit-accounts",
        "/api/enterprises/" + creditCode + "/certificate", """
            {"issuedOn":"2026-08-03"}"""));
    ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/account", """
        {"openedOn":"2026-08-10","bank":"中国银行苏州高新技术产业开发区支行","accountNumber":"4806-%s"}"""
        .formatted(creditCode.substring(10))));

    Seen september = system.awaitDeadlineMissed(creditCode, "HT-2_CONTRIBUTION",
        s -> "2026-09".equals(s.data().path("month").asString()));
    assertThat(september.data().path("dueDate").asString()).isEqualTo("2026-09-30");
    assertThat(september.data().path("missCount").asInt()).isEqualTo(1);
    Seen october = system.awaitDeadlineMissed(creditCode, "HT-2_CONTRIBUTION",
        s -> "2026-10".equals(s.data().path("month").asString()));
    assertThat(october.data().path("dueDate").asString()).isEqualTo("2026-11-02");
    assertThat(october.data().path("missCount").asInt()).isEqualTo(2);
    assertThat(strings(october.data().path("ruleIds"))).contains("HT-2", "P-3", "EW-7");

    Seen secondMiss = system.awaitAlert("EW-7", creditCode, RulesFixture.DEPOSIT_SWEEP,
        s -> s.data().path("facts").path("missCount").asInt() == 2);
    assertThat(secondMiss.data().path("baseLevel").asString()).isEqualTo("ORANGE");
    assertThat(recipientIds(secondMiss.data())).containsExactlyInAnyOrder("bureau-320505", "union-320505");

    String credits = "/api/enterprises/" + creditCode + "/credits";
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", credits, """
        {"kind":"CONTRIBUTION","amount":"200000.01","valueDate":"2026-11-20","reference":"HT2-OVER-CAP"}"""),
        422, "amount", "HT-2");
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", credits, """
        {"kind":"DEPOSIT","amount":"1000.00","valueDate":"2026-11-20","reference":"HT2-LUMP"}"""),
        422, "kind", "HT-2");
    JsonNode after = ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", credits, """
        {"kind":"CONTRIBUTION","amount":"10000.00","valueDate":"2026-11-20","reference":"HT2-2026-11"}"""));
    assertThat(after.path("balance").asString()).isEqualTo("10000.00");
    Seen entry = system.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1", creditCode);
    assertThat(entry.data().path("kind").asString()).isEqualTo("CONTRIBUTION");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-2", "M-1");
  }

  @Test
  @DisplayName("HT-2, EW-7: no contribution is due while the balance is at the cap: two accounts opened 2026-08-10 "
      + "pay September on 2026-09-10; at 200,000.00 (20% of 2025's 1,000,000.00) October has nothing due and no "
      + "EW-7, at 100,000.00 October is due 2026-11-02 and missed")
  void nothingDueAtTheCap() {
    // Each account is paid right after it is opened: its September is already past, and the sweep (every few
    // seconds here, RunningSystem.DEPOSIT_SWEEP_INTERVAL) should not find it unpaid in between.
    String atCap = openAccount("2026-08-03", "2026-08-10");
    ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", "/api/enterprises/" + atCap + "/credits", """
        {"kind":"CONTRIBUTION","amount":"200000.00","valueDate":"2026-09-10","reference":"HT2-CAP-2026-09"}"""));
    String underCap = openAccount("2026-08-03", "2026-08-10");
    ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", "/api/enterprises/" + underCap + "/credits", """
        {"kind":"CONTRIBUTION","amount":"100000.00","valueDate":"2026-09-10","reference":"HT2-HALF-2026-09"}"""));

    LocalDate today = RunningSystem.today();
    JsonNode capped = system.status(atCap, HIGH_TECH_ZONE, today);
    assertThat(capped.path("balance").asString()).isEqualTo("200000.00");
    assertThat(capped.path("nextDue").isNull()).as("next due %s", capped.path("nextDue")).isTrue();
    assertThat(capped.path("missedDeadlines").size()).as("missed %s", capped.path("missedDeadlines")).isZero();
    assertThat(capped.path("compliance").asString()).isEqualTo("COMPLIANT");
    JsonNode uncapped = system.status(underCap, HIGH_TECH_ZONE, today);
    assertThat(uncapped.path("balance").asString()).isEqualTo("100000.00");
    assertThat(uncapped.path("missedDeadlines").valueStream().map(d -> d.path("month").asString()))
        .containsExactly("2026-10");
    assertThat(uncapped.path("compliance").asString()).isEqualTo("NON_COMPLIANT");

    // The sweep that misses the uncapped account's October has passed the capped account too.
    Seen october = system.awaitDeadlineMissed(underCap, "HT-2_CONTRIBUTION",
        s -> "2026-10".equals(s.data().path("month").asString()));
    assertThat(october.data().path("dueDate").asString()).isEqualTo("2026-11-02");
    system.awaitAlert("EW-7", underCap);
    assertThat(system.probe.all(ofType("wageguard.deposit.deadline-missed.v1").and(subject(atCap))))
        .as("deadlines missed at the cap").isEmpty();
    assertThat(system.alerts("EW-7", atCap)).as("EW-7 at the cap").isEmpty();
  }

  /**
   * Found by this suite: deposit-accounts used to make due the month after the last one it tracked when the balance
   * left the cap, here October, long past and spent at the cap, so the enterprise was at once NON_COMPLIANT (and the
   * next sweep would have raised EW-7). Months whose deadline passed at the cap are now stepped over.
   */
  @Test
  @DisplayName("HT-2, HT-4: a month spent at the cap stays free of contributions when a later drawdown takes the "
      + "balance under it: capped from 2026-09-10, 20,000.00 drawn 2026-11-20, October is not missed")
  void monthAtTheCapStaysFreeAfterADrawdown() {
    String creditCode = openAccount("2026-08-03", "2026-08-10");
    ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/credits", """
        {"kind":"CONTRIBUTION","amount":"200000.00","valueDate":"2026-09-10","reference":"HT2-CAP-2026-09"}"""));
    system.openCase(creditCode, HIGH_TECH_ZONE, LocalDate.parse("2026-11-09"), List.of("2026-10"), "80000.00", 8);
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> f.path("arrearsCases").size() == 1);
    system.openCase(creditCode, HIGH_TECH_ZONE, LocalDate.parse("2026-11-16"), List.of("2026-09"), "80000.00", 8);
    system.awaitEvent("wageguard.arrears.threshold-reached.v1", creditCode);
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> f.path("arrearsCases").size() == 2);
    LocalDate today = RunningSystem.today();
    assertThat(system.status(creditCode, HIGH_TECH_ZONE, today).path("compliance").asString())
        .isEqualTo("COMPLIANT");

    ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/payouts", """
        {"kind":"DRAWDOWN","amount":"20000.00","valueDate":"2026-11-20","reference":"HT4-UNDER-CAP",
         "requestedBy":"ENTERPRISE","approvedBy":"LABOUR_BUREAU"}"""));
    JsonNode status = system.status(creditCode, HIGH_TECH_ZONE, today);
    assertThat(status.path("balance").asString()).isEqualTo("180000.00");
    assertThat(status.path("missedDeadlines").valueStream().map(d -> d.path("month").asString()))
        .as("missed %s", status.path("missedDeadlines")).doesNotContain("2026-10");
    assertThat(status.path("compliance").asString()).isEqualTo("COMPLIANT");
  }

  @Test
  @DisplayName("HT-3, P-4, EW-7: a certificate issued 2026-09-24 makes the account due in 10 working days, "
      + "2026-10-15 (Mid-Autumn and National Day skipped, make-up Saturday 10-10 counted); missed, EW-7 is YELLOW")
  void accountWithinTenWorkingDays() {
    String creditCode = system.register(HIGH_TECH_ZONE, "PRODUCTION", "LEASED", 150, false);
    system.awaitOutcome(creditCode, HIGH_TECH_ZONE, "REQUIRED");
    String account = "/api/enterprises/" + creditCode + "/account";
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", account, """
        {"openedOn":"2026-09-20","bank":"中国银行苏州高新区支行","accountNumber":"4806-0001"}"""),
        422, "openedOn", "HT-3");

    ok(system.as(labourBureau(HIGH_TECH_ZONE)).post("deposit-accounts",
        "/api/enterprises/" + creditCode + "/certificate", """
            {"issuedOn":"2026-09-24"}"""));
    JsonNode due = deadline(system.awaitObligation(creditCode, HIGH_TECH_ZONE,
        o -> deadline(o, "HT-3_ACCOUNT").path("dueDate").isString()), "HT-3_ACCOUNT");
    assertThat(due.path("dueDate").asString()).isEqualTo("2026-10-15");
    assertThat(strings(due.path("ruleIds"))).containsExactly("HT-3", "P-4");

    Seen missed = system.awaitDeadlineMissed(creditCode, "HT-3_ACCOUNT", s -> true);
    assertThat(missed.data().path("dueDate").asString()).isEqualTo("2026-10-15");
    assertThat(strings(missed.data().path("ruleIds"))).contains("HT-3", "P-4", "EW-7");
    JsonNode ew7 = system.awaitAlert("EW-7", creditCode).data();
    assertThat(ew7.path("level").asString()).isEqualTo("YELLOW");

    JsonNode opened = ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", account, """
        {"openedOn":"2026-10-20","bank":"中国银行苏州高新区支行","accountNumber":"4806-0002"}"""));
    assertThat(opened.path("stage").asString()).isEqualTo("ACCOUNT_OPEN");
  }

  @Test
  @DisplayName("HT-4: a drawdown needs arrears of two months or more and the labour department's approval")
  void drawdown() {
    String creditCode = openAccountWithBalance("60000.00");
    String payouts = "/api/enterprises/" + creditCode + "/payouts";
    system.openCase(creditCode, HIGH_TECH_ZONE, LocalDate.parse("2026-11-09"), List.of("2026-10"), "80000.00", 8);
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> f.path("arrearsCases").size() == 1);
    String drawdown = """
        {"kind":"DRAWDOWN","amount":"20000.00","valueDate":"2026-11-20","reference":"HT4-0001",
         "requestedBy":"ENTERPRISE","approvedBy":"LABOUR_BUREAU"}""";
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", payouts, drawdown), 422, "kind", "HT-4");

    system.openCase(creditCode, HIGH_TECH_ZONE, LocalDate.parse("2026-11-16"), List.of("2026-09"), "80000.00", 8);
    system.awaitEvent("wageguard.arrears.threshold-reached.v1", creditCode);
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> f.path("arrearsCases").size() == 2);
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", payouts, """
        {"kind":"DRAWDOWN","amount":"20000.00","valueDate":"2026-11-20","reference":"HT4-UNAPPROVED",
         "requestedBy":"ENTERPRISE"}"""), 422, "approvedBy", "HT-4");
    JsonNode after = ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", payouts, drawdown));
    assertThat(after.path("balance").asString()).isEqualTo("40000.00");
    Seen entry = system.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1", creditCode,
        s -> "DRAWDOWN".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("amount").asString()).isEqualTo("-20000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-4");
  }

  @Test
  @DisplayName("HT-5: after a strike, the wage guarantee group's approved payout goes straight to the workers; "
      + "without an incident or without the approval it is refused")
  void directPayout() {
    String creditCode = openAccountWithBalance("60000.00");
    String payouts = "/api/enterprises/" + creditCode + "/payouts";
    String approved = """
        {"kind":"DIRECT_PAYOUT","amount":"25000.00","valueDate":"2026-11-20","reference":"HT5-0001",
         "requestedBy":"LABOUR_BUREAU","approvedBy":"WAGE_GUARANTEE_GROUP","workers":25}""";
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", payouts, approved), 422, "kind", "HT-5");

    String caseId = system.openCase(creditCode, HIGH_TECH_ZONE, LocalDate.parse("2026-11-09"), List.of("2026-10"),
        "75000.00", 25).path("caseId").asString();
    system.recordIncident(HIGH_TECH_ZONE, caseId, "STRIKE", LocalDate.parse("2026-11-16"), 25);
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> f.path("incidents").size() == 1);
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", payouts, """
        {"kind":"DIRECT_PAYOUT","amount":"25000.00","valueDate":"2026-11-20","reference":"HT5-UNAPPROVED",
         "requestedBy":"LABOUR_BUREAU","approvedBy":"LABOUR_BUREAU","workers":25}"""), 422, "approvedBy", "HT-5");

    JsonNode after = ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", payouts, approved));
    assertThat(after.path("balance").asString()).isEqualTo("35000.00");
    Seen entry = system.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1", creditCode,
        s -> "DIRECT_PAYOUT".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("amount").asString()).isEqualTo("-25000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-5");
  }

  @Test
  @DisplayName("HT-6: the balance is refunded once the enterprise moves to its own premises (HT-6a), not before; "
      + "the account is then closed")
  void refund() {
    String creditCode = openAccountWithBalance("60000.00");
    String refunds = "/api/enterprises/" + creditCode + "/refunds";
    String refund = """
        {"reason":"HT-6a","valueDate":"2026-11-20","reference":"HT6-0001"}""";
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", refunds, refund), 422, "reason", "HT-6a");

    ok(system.as(REGISTRY_WRITER).patch("enterprise-registry", "/api/enterprises/" + creditCode, """
        {"premises":"OWNED"}"""));
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> "OWNED".equals(f.path("premises").asString()));
    JsonNode after = ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", refunds, refund));
    assertThat(after.path("balance").asString()).isEqualTo("0.00");
    assertThat(after.path("stage").isNull() || "REFUNDED".equals(after.path("stage").asString()))
        .as("stage %s", after.path("stage")).isTrue();
    Seen entry = system.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1", creditCode,
        s -> "REFUND".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("amount").asString()).isEqualTo("-60000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-6", "HT-6a");

    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/credits", """
        {"kind":"CONTRIBUTION","amount":"1000.00","valueDate":"2026-11-21","reference":"HT6-AFTER"}"""),
        422, "kind", "HT-7");
  }

  @Test
  @DisplayName("HT-6: the balance is refunded once the enterprise is rated labour-security integrity grade A two "
      + "years in a row, 2024 and 2025 (HT-6b); not before any rating, nor on 2024's A alone")
  void refundAfterTwoGradeAYears() {
    String creditCode = openAccountWithBalance("60000.00");
    String refunds = "/api/enterprises/" + creditCode + "/refunds";
    String refund = """
        {"reason":"HT-6b","valueDate":"2026-11-23","reference":"HT6B-0001"}""";
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", refunds, refund), 422, "reason", "HT-6b");

    String ratings = "/api/enterprises/" + creditCode + "/ratings";
    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", ratings, """
        {"year":2024,"grade":"A"}"""));
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> "A".equals(f.path("ratings").path("2024").asString()));
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", refunds, refund), 422, "reason", "HT-6b");

    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", ratings, """
        {"year":2025,"grade":"A"}"""));
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> "A".equals(f.path("ratings").path("2025").asString()));
    refundsTheWholeBalance(creditCode, refunds, refund, "HT-6b");
  }

  @Test
  @DisplayName("HT-6: the balance is refunded once the enterprise is deregistered after relocating (HT-6c); not "
      + "while it is active, nor once relocated but not yet deregistered")
  void refundAfterDeregistration() {
    String creditCode = openAccountWithBalance("60000.00");
    String refunds = "/api/enterprises/" + creditCode + "/refunds";
    String refund = """
        {"reason":"HT-6c","valueDate":"2026-11-23","reference":"HT6C-0001"}""";
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", refunds, refund), 422, "reason", "HT-6c");

    String status = "/api/enterprises/" + creditCode + "/status";
    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", status, """
        {"status":"RELOCATED"}"""));
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> "RELOCATED".equals(f.path("status").asString()));
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", refunds, refund), 422, "reason", "HT-6c");

    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", status, """
        {"status":"DEREGISTERED"}"""));
    system.awaitFacts(creditCode, HIGH_TECH_ZONE, f -> "DEREGISTERED".equals(f.path("status").asString()));
    refundsTheWholeBalance(creditCode, refunds, refund, "HT-6c");
  }

  /** The bank's refund is granted: all 60,000.00 leaves, the account is REFUNDED, the ledger cites HT-6, clause. */
  private void refundsTheWholeBalance(String creditCode, String refunds, String refund, String clause) {
    JsonNode after = ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", refunds, refund));
    assertThat(after.path("balance").asString()).isEqualTo("0.00");
    assertThat(after.path("stage").asString()).isEqualTo("REFUNDED");
    Seen entry = system.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1", creditCode,
        s -> "REFUND".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("amount").asString()).isEqualTo("-60000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-6", clause);
  }

  @Test
  @DisplayName("HT-7: one enterprise, one account; no contribution is taken without an open account")
  void oneAccount() {
    String creditCode = system.register(HIGH_TECH_ZONE, "CATERING", "LEASED", 40, false);
    system.annualPayroll(creditCode, 2025, "1000000.00");
    system.awaitRequiredAmount(creditCode, HIGH_TECH_ZONE, "200000.00");
    ok(system.as(labourBureau(HIGH_TECH_ZONE)).post("deposit-accounts",
        "/api/enterprises/" + creditCode + "/certificate", """
            {"issuedOn":"2026-11-02"}"""));
    String credits = "/api/enterprises/" + creditCode + "/credits";
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", credits, """
        {"kind":"CONTRIBUTION","amount":"1000.00","valueDate":"2026-11-03","reference":"HT7-NO-ACCOUNT"}"""),
        422, "kind", "HT-7");
    String account = "/api/enterprises/" + creditCode + "/account";
    ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", account, """
        {"openedOn":"2026-11-04","bank":"中国银行苏州高新区支行","accountNumber":"4806-1111"}"""));
    rejected(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", account, """
        {"openedOn":"2026-11-05","bank":"中国工商银行苏州高新区支行","accountNumber":"1102-2222"}"""),
        422, "accountNumber", "HT-7");
    JsonNode after = ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", credits, """
        {"kind":"CONTRIBUTION","amount":"1000.00","valueDate":"2026-11-06","reference":"HT7-0001"}"""));
    assertThat(after.path("balance").asString()).isEqualTo("1000.00");
  }

  /** A production enterprise in leased premises (HT-1a) with its certificate, account and one contribution. */
  private static String openAccountWithBalance(String amount) {
    String creditCode = openAccount("2026-11-02", "2026-11-03");
    JsonNode after = ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts",
        "/api/enterprises/" + creditCode + "/credits", """
            {"kind":"CONTRIBUTION","amount":"%s","valueDate":"2026-11-04","reference":"HT2-SETUP"}"""
            .formatted(amount)));
    assertThat(after.path("balance").asString()).isEqualTo(amount);
    return creditCode;
  }

  /**
   * A production enterprise in leased premises (HT-1a) with 2025 wages of 1,000,000.00 (a cap of 200,000.00), its
   * certificate and its account, as yet empty.
   */
  private static String openAccount(String certificateIssuedOn, String accountOpenedOn) {
    String creditCode = system.register(HIGH_TECH_ZONE, "PRODUCTION", "LEASED", 100, true);
    system.annualPayroll(creditCode, 2025, "1000000.00");
    system.awaitRequiredAmount(creditCode, HIGH_TECH_ZONE, "200000.00");
    ok(system.as(labourBureau(HIGH_TECH_ZONE)).post("deposit-accounts",
        "/api/enterprises/" + creditCode + "/certificate", """
            {"issuedOn":"%s"}""".formatted(certificateIssuedOn)));
    ok(system.as(bank(HIGH_TECH_ZONE)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/account", """
        {"openedOn":"%s","bank":"中国银行苏州高新区支行","accountNumber":"4806-%s"}"""
        .formatted(accountOpenedOn, creditCode.substring(10))));
    return creditCode;
  }
}
