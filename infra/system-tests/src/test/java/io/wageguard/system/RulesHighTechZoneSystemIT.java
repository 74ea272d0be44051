package io.wageguard.system;

import static io.wageguard.system.RulesFixture.HIGH_TECH_ZONE;
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
    Enterprise production20 = zone().production().leased().employees(20).registered();
    Enterprise production300 = zone().production().leased().employees(300).registered();
    Enterprise production301 = zone().production().leased().employees(301).registered();
    Enterprise catering20 = zone().catering().owned().employees(20).registered();
    Enterprise catering19 = zone().catering().leased().employees(19).registered();
    Enterprise ownedInArrears = zone().production().owned().employees(50).registered();

    assertThat(strings(production20.awaitOutcome("REQUIRED").path("clauses"))).containsExactly("HT-1a");
    assertThat(strings(production300.awaitOutcome("REQUIRED").path("clauses"))).containsExactly("HT-1a");
    assertThat(strings(production301.awaitOutcome("NOT_REQUIRED").path("ruleIds"))).contains("HT-1");
    assertThat(strings(catering20.awaitOutcome("REQUIRED").path("clauses"))).containsExactly("HT-1b");
    catering19.awaitOutcome("NOT_REQUIRED");

    ownedInArrears.awaitOutcome("NOT_REQUIRED");
    ownedInArrears.openCase(LocalDate.parse("2026-11-02"), List.of("2026-10"), "40000.00", 5);
    assertThat(strings(ownedInArrears.awaitOutcome("REQUIRED").path("clauses"))).containsExactly("HT-1c");
  }

  @Test
  @DisplayName("HT-2, P-3, EW-7: contributions are capped at 20% of last year's wages; with the account opened "
      + "2026-08-10, September's is due 2026-09-30 and October's 2026-11-02 (10-31 is a Saturday); two misses "
      + "raise EW-7 to ORANGE")
  void monthlyContributions() {
    Enterprise plant = zone().production().leased().employees(150).registered().payroll(2025, "1000000.00");
    plant.awaitRequiredAmount("200000.00");
    plant.certificateIssued("2026-08-03").accountOpened("2026-08-10", "中国银行苏州高新技术产业开发区支行",
        "4806-" + plant.creditCode.substring(10));

    Seen september = plant.awaitDeadlineMissed("HT-2_CONTRIBUTION",
        s -> "2026-09".equals(s.data().path("month").asString()));
    assertThat(september.data().path("dueDate").asString()).isEqualTo("2026-09-30");
    assertThat(september.data().path("missCount").asInt()).isEqualTo(1);
    Seen october = plant.awaitDeadlineMissed("HT-2_CONTRIBUTION",
        s -> "2026-10".equals(s.data().path("month").asString()));
    assertThat(october.data().path("dueDate").asString()).isEqualTo("2026-11-02");
    assertThat(october.data().path("missCount").asInt()).isEqualTo(2);
    assertThat(strings(october.data().path("ruleIds"))).contains("HT-2", "P-3", "EW-7");

    Seen secondMiss = plant.awaitAlert("EW-7", RulesFixture.DEPOSIT_SWEEP,
        s -> s.data().path("facts").path("missCount").asInt() == 2);
    assertThat(secondMiss.data().path("baseLevel").asString()).isEqualTo("ORANGE");
    assertThat(recipientIds(secondMiss.data())).containsExactlyInAnyOrder("bureau-320505", "union-320505");

    rejected(plant.credit("""
        {"kind":"CONTRIBUTION","amount":"200000.01","valueDate":"2026-11-20","reference":"HT2-OVER-CAP"}"""),
        422, "amount", "HT-2");
    rejected(plant.credit("""
        {"kind":"DEPOSIT","amount":"1000.00","valueDate":"2026-11-20","reference":"HT2-LUMP"}"""),
        422, "kind", "HT-2");
    JsonNode after = ok(plant.credit("""
        {"kind":"CONTRIBUTION","amount":"10000.00","valueDate":"2026-11-20","reference":"HT2-2026-11"}"""));
    assertThat(after.path("balance").asString()).isEqualTo("10000.00");
    Seen entry = plant.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1");
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
    Enterprise atCap = openAccount("2026-08-03", "2026-08-10");
    ok(atCap.credit("""
        {"kind":"CONTRIBUTION","amount":"200000.00","valueDate":"2026-09-10","reference":"HT2-CAP-2026-09"}"""));
    Enterprise underCap = openAccount("2026-08-03", "2026-08-10");
    ok(underCap.credit("""
        {"kind":"CONTRIBUTION","amount":"100000.00","valueDate":"2026-09-10","reference":"HT2-HALF-2026-09"}"""));

    LocalDate today = RunningSystem.today();
    JsonNode capped = atCap.status(today);
    assertThat(capped.path("balance").asString()).isEqualTo("200000.00");
    assertThat(capped.path("nextDue").isNull()).as("next due %s", capped.path("nextDue")).isTrue();
    assertThat(capped.path("missedDeadlines").size()).as("missed %s", capped.path("missedDeadlines")).isZero();
    assertThat(capped.path("compliance").asString()).isEqualTo("COMPLIANT");
    JsonNode uncapped = underCap.status(today);
    assertThat(uncapped.path("balance").asString()).isEqualTo("100000.00");
    assertThat(uncapped.path("missedDeadlines").valueStream().map(d -> d.path("month").asString()))
        .containsExactly("2026-10");
    assertThat(uncapped.path("compliance").asString()).isEqualTo("NON_COMPLIANT");

    // The sweep that misses the uncapped account's October has passed the capped account too.
    Seen october = underCap.awaitDeadlineMissed("HT-2_CONTRIBUTION",
        s -> "2026-10".equals(s.data().path("month").asString()));
    assertThat(october.data().path("dueDate").asString()).isEqualTo("2026-11-02");
    underCap.awaitAlert("EW-7");
    assertThat(system.probe.all(ofType("wageguard.deposit.deadline-missed.v1").and(subject(atCap.creditCode))))
        .as("deadlines missed at the cap").isEmpty();
    assertThat(atCap.alerts("EW-7")).as("EW-7 at the cap").isEmpty();
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
    Enterprise capped = openAccount("2026-08-03", "2026-08-10");
    ok(capped.credit("""
        {"kind":"CONTRIBUTION","amount":"200000.00","valueDate":"2026-09-10","reference":"HT2-CAP-2026-09"}"""));
    inArrearsForTwoMonths(capped);
    LocalDate today = RunningSystem.today();
    assertThat(capped.status(today).path("compliance").asString()).isEqualTo("COMPLIANT");

    ok(capped.payout("""
        {"kind":"DRAWDOWN","amount":"20000.00","valueDate":"2026-11-20","reference":"HT4-UNDER-CAP",
         "requestedBy":"ENTERPRISE","approvedBy":"LABOUR_BUREAU"}"""));
    JsonNode status = capped.status(today);
    assertThat(status.path("balance").asString()).isEqualTo("180000.00");
    assertThat(status.path("missedDeadlines").valueStream().map(d -> d.path("month").asString()))
        .as("missed %s", status.path("missedDeadlines")).doesNotContain("2026-10");
    assertThat(status.path("compliance").asString()).isEqualTo("COMPLIANT");
  }

  @Test
  @DisplayName("HT-3, P-4, EW-7: a certificate issued 2026-09-24 makes the account due in 10 working days, "
      + "2026-10-15 (Mid-Autumn and National Day skipped, make-up Saturday 10-10 counted); missed, EW-7 is YELLOW")
  void accountWithinTenWorkingDays() {
    Enterprise plant = zone().production().leased().employees(150).registered();
    plant.awaitOutcome("REQUIRED");
    rejected(plant.account("""
        {"openedOn":"2026-09-20","bank":"中国银行苏州高新区支行","accountNumber":"4806-0001"}"""),
        422, "openedOn", "HT-3");

    plant.certificateIssued("2026-09-24");
    JsonNode due = deadline(plant.awaitObligation(o -> deadline(o, "HT-3_ACCOUNT").path("dueDate").isString()),
        "HT-3_ACCOUNT");
    assertThat(due.path("dueDate").asString()).isEqualTo("2026-10-15");
    assertThat(strings(due.path("ruleIds"))).containsExactly("HT-3", "P-4");

    Seen missed = plant.awaitDeadlineMissed("HT-3_ACCOUNT", s -> true);
    assertThat(missed.data().path("dueDate").asString()).isEqualTo("2026-10-15");
    assertThat(strings(missed.data().path("ruleIds"))).contains("HT-3", "P-4", "EW-7");
    JsonNode ew7 = plant.awaitAlert("EW-7").data();
    assertThat(ew7.path("level").asString()).isEqualTo("YELLOW");

    JsonNode opened = ok(plant.account("""
        {"openedOn":"2026-10-20","bank":"中国银行苏州高新区支行","accountNumber":"4806-0002"}"""));
    assertThat(opened.path("stage").asString()).isEqualTo("ACCOUNT_OPEN");
  }

  @Test
  @DisplayName("HT-4: a drawdown needs arrears of two months or more and the labour department's approval")
  void drawdown() {
    Enterprise plant = openAccountWithBalance("60000.00");
    plant.openCase(LocalDate.parse("2026-11-09"), List.of("2026-10"), "80000.00", 8);
    plant.awaitFacts(f -> f.path("arrearsCases").size() == 1);
    String drawdown = """
        {"kind":"DRAWDOWN","amount":"20000.00","valueDate":"2026-11-20","reference":"HT4-0001",
         "requestedBy":"ENTERPRISE","approvedBy":"LABOUR_BUREAU"}""";
    rejected(plant.payout(drawdown), 422, "kind", "HT-4");

    plant.openCase(LocalDate.parse("2026-11-16"), List.of("2026-09"), "80000.00", 8);
    plant.awaitEvent("wageguard.arrears.threshold-reached.v1");
    plant.awaitFacts(f -> f.path("arrearsCases").size() == 2);
    rejected(plant.payout("""
        {"kind":"DRAWDOWN","amount":"20000.00","valueDate":"2026-11-20","reference":"HT4-UNAPPROVED",
         "requestedBy":"ENTERPRISE"}"""), 422, "approvedBy", "HT-4");
    JsonNode after = ok(plant.payout(drawdown));
    assertThat(after.path("balance").asString()).isEqualTo("40000.00");
    Seen entry = plant.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1",
        s -> "DRAWDOWN".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("amount").asString()).isEqualTo("-20000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-4");
  }

  @Test
  @DisplayName("HT-5: after a strike, the wage guarantee group's approved payout goes straight to the workers; "
      + "without an incident or without the approval it is refused")
  void directPayout() {
    Enterprise plant = openAccountWithBalance("60000.00");
    String approved = """
        {"kind":"DIRECT_PAYOUT","amount":"25000.00","valueDate":"2026-11-20","reference":"HT5-0001",
         "requestedBy":"LABOUR_BUREAU","approvedBy":"WAGE_GUARANTEE_GROUP","workers":25}""";
    rejected(plant.payout(approved), 422, "kind", "HT-5");

    String caseId = plant.caseOpened(LocalDate.parse("2026-11-09"), List.of("2026-10"), "75000.00", 25);
    plant.recordIncident(caseId, "STRIKE", LocalDate.parse("2026-11-16"), 25);
    plant.awaitFacts(f -> f.path("incidents").size() == 1);
    rejected(plant.payout("""
        {"kind":"DIRECT_PAYOUT","amount":"25000.00","valueDate":"2026-11-20","reference":"HT5-UNAPPROVED",
         "requestedBy":"LABOUR_BUREAU","approvedBy":"LABOUR_BUREAU","workers":25}"""), 422, "approvedBy", "HT-5");

    JsonNode after = ok(plant.payout(approved));
    assertThat(after.path("balance").asString()).isEqualTo("35000.00");
    Seen entry = plant.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1",
        s -> "DIRECT_PAYOUT".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("amount").asString()).isEqualTo("-25000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-5");
  }

  @Test
  @DisplayName("HT-6: the balance is refunded once the enterprise moves to its own premises (HT-6a), not before; "
      + "the account is then closed")
  void refund() {
    Enterprise plant = openAccountWithBalance("60000.00");
    String refund = """
        {"reason":"HT-6a","valueDate":"2026-11-20","reference":"HT6-0001"}""";
    rejected(plant.refund(refund), 422, "reason", "HT-6a");

    plant.movedTo("OWNED");
    plant.awaitFacts(f -> "OWNED".equals(f.path("premises").asString()));
    JsonNode after = ok(plant.refund(refund));
    assertThat(after.path("balance").asString()).isEqualTo("0.00");
    assertThat(after.path("stage").isNull() || "REFUNDED".equals(after.path("stage").asString()))
        .as("stage %s", after.path("stage")).isTrue();
    Seen entry = plant.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1",
        s -> "REFUND".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("amount").asString()).isEqualTo("-60000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-6", "HT-6a");

    rejected(plant.credit("""
        {"kind":"CONTRIBUTION","amount":"1000.00","valueDate":"2026-11-21","reference":"HT6-AFTER"}"""),
        422, "kind", "HT-7");
  }

  @Test
  @DisplayName("HT-6: the balance is refunded once the enterprise is rated labour-security integrity grade A two "
      + "years in a row, 2024 and 2025 (HT-6b); not before any rating, nor on 2024's A alone")
  void refundAfterTwoGradeAYears() {
    Enterprise plant = openAccountWithBalance("60000.00");
    String refund = """
        {"reason":"HT-6b","valueDate":"2026-11-23","reference":"HT6B-0001"}""";
    rejected(plant.refund(refund), 422, "reason", "HT-6b");

    plant.rated(2024, "A");
    plant.awaitFacts(f -> "A".equals(f.path("ratings").path("2024").asString()));
    rejected(plant.refund(refund), 422, "reason", "HT-6b");

    plant.rated(2025, "A");
    plant.awaitFacts(f -> "A".equals(f.path("ratings").path("2025").asString()));
    refundsTheWholeBalance(plant, refund, "HT-6b");
  }

  @Test
  @DisplayName("HT-6: the balance is refunded once the enterprise is deregistered after relocating (HT-6c); not "
      + "while it is active, nor once relocated but not yet deregistered")
  void refundAfterDeregistration() {
    Enterprise plant = openAccountWithBalance("60000.00");
    String refund = """
        {"reason":"HT-6c","valueDate":"2026-11-23","reference":"HT6C-0001"}""";
    rejected(plant.refund(refund), 422, "reason", "HT-6c");

    plant.statusChanged("RELOCATED");
    plant.awaitFacts(f -> "RELOCATED".equals(f.path("status").asString()));
    rejected(plant.refund(refund), 422, "reason", "HT-6c");

    plant.statusChanged("DEREGISTERED");
    plant.awaitFacts(f -> "DEREGISTERED".equals(f.path("status").asString()));
    refundsTheWholeBalance(plant, refund, "HT-6c");
  }

  /** The bank's refund is granted: all 60,000.00 leaves, the account is REFUNDED, the ledger cites HT-6, clause. */
  private void refundsTheWholeBalance(Enterprise plant, String refund, String clause) {
    JsonNode after = ok(plant.refund(refund));
    assertThat(after.path("balance").asString()).isEqualTo("0.00");
    assertThat(after.path("stage").asString()).isEqualTo("REFUNDED");
    Seen entry = plant.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1",
        s -> "REFUND".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("amount").asString()).isEqualTo("-60000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("HT-6", clause);
  }

  @Test
  @DisplayName("HT-7: one enterprise, one account; no contribution is taken without an open account")
  void oneAccount() {
    Enterprise caterer = zone().catering().leased().employees(40).registered().payroll(2025, "1000000.00");
    caterer.awaitRequiredAmount("200000.00");
    caterer.certificateIssued("2026-11-02");
    rejected(caterer.credit("""
        {"kind":"CONTRIBUTION","amount":"1000.00","valueDate":"2026-11-03","reference":"HT7-NO-ACCOUNT"}"""),
        422, "kind", "HT-7");
    caterer.accountOpened("2026-11-04", "中国银行苏州高新区支行", "4806-1111");
    rejected(caterer.account("""
        {"openedOn":"2026-11-05","bank":"中国工商银行苏州高新区支行","accountNumber":"1102-2222"}"""),
        422, "accountNumber", "HT-7");
    JsonNode after = ok(caterer.credit("""
        {"kind":"CONTRIBUTION","amount":"1000.00","valueDate":"2026-11-06","reference":"HT7-0001"}"""));
    assertThat(after.path("balance").asString()).isEqualTo("1000.00");
  }

  /** A production enterprise in leased premises (HT-1a) with its certificate, account and one contribution. */
  private static Enterprise openAccountWithBalance(String amount) {
    Enterprise plant = openAccount("2026-11-02", "2026-11-03");
    JsonNode after = ok(plant.credit("""
        {"kind":"CONTRIBUTION","amount":"%s","valueDate":"2026-11-04","reference":"HT2-SETUP"}""".formatted(amount)));
    assertThat(after.path("balance").asString()).isEqualTo(amount);
    return plant;
  }

  /** Arrears for October, then for September too (two months, HT-4), as deposit-accounts sees them. */
  private static void inArrearsForTwoMonths(Enterprise plant) {
    plant.openCase(LocalDate.parse("2026-11-09"), List.of("2026-10"), "80000.00", 8);
    plant.awaitFacts(f -> f.path("arrearsCases").size() == 1);
    plant.openCase(LocalDate.parse("2026-11-16"), List.of("2026-09"), "80000.00", 8);
    plant.awaitEvent("wageguard.arrears.threshold-reached.v1");
    plant.awaitFacts(f -> f.path("arrearsCases").size() == 2);
  }

  /**
   * A production enterprise in leased premises (HT-1a) with 2025 wages of 1,000,000.00 (a cap of 200,000.00), its
   * certificate and its account, as yet empty.
   */
  private static Enterprise openAccount(String certificateIssuedOn, String accountOpenedOn) {
    Enterprise plant = zone().production().leased().employees(100).withOwnUnion().registered()
        .payroll(2025, "1000000.00");
    plant.awaitRequiredAmount("200000.00");
    return plant.certificateIssued(certificateIssuedOn)
        .accountOpened(accountOpenedOn, "中国银行苏州高新区支行", "4806-" + plant.creditCode.substring(10));
  }

  /** Given an enterprise registered in the High-tech Zone (320505). */
  private static Enterprise.Registration zone() {
    return system.given().enterprise(HIGH_TECH_ZONE);
  }
}
