package io.wageguard.system;

import static io.wageguard.system.RulesFixture.TAICANG;
import static io.wageguard.system.RulesFixture.completeReport;
import static io.wageguard.system.RulesFixture.dataField;
import static io.wageguard.system.RulesFixture.ok;
import static io.wageguard.system.RulesFixture.recipientIds;
import static io.wageguard.system.RulesFixture.rejected;
import static io.wageguard.system.RulesFixture.strings;
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
 * RULES.md "Taicang City" (TC-1..TC-8), end to end: enterprises registered in Taicang (320585), their arrears
 * cases and written reports, the lump-sum deposit and its ledger, and the alerts they cause.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RulesTaicangSystemIT {

  @RegisterExtension
  static final RulesFixture system = new RulesFixture();

  @Test
  @DisplayName("TC-1: wages are paid in part, then in full; paying more than is outstanding is refused naming TC-1")
  void settlements() {
    Enterprise firm = taicang().production().owned().employees(40).registered();
    String caseId = firm.openCase(LocalDate.parse("2026-11-02"), List.of("2026-10"),
        "50000.00", 5).path("caseId").asString();

    ok(firm.settlement(caseId, """
        {"settlementId":"TC1-PART","amountPaid":"20000.00","settledOn":"2026-11-10"}"""));
    Seen part = firm.awaitEvent("wageguard.arrears.settled.v1", dataField("settlementId", "TC1-PART"));
    assertThat(part.data().path("fullySettled").asBoolean()).isFalse();
    assertThat(part.data().path("amountOutstanding").asString()).isEqualTo("30000.00");
    assertThat(strings(part.data().path("ruleIds"))).contains("TC-1");

    rejected(firm.settlement(caseId, """
        {"settlementId":"TC1-TOO-MUCH","amountPaid":"30000.01","settledOn":"2026-11-11"}"""), 422, "amountPaid", "TC-1");

    ok(firm.settlement(caseId, """
        {"settlementId":"TC1-REST","amountPaid":"30000.00","settledOn":"2026-11-12"}"""));
    Seen full = firm.awaitEvent("wageguard.arrears.settled.v1", dataField("settlementId", "TC1-REST"));
    assertThat(full.data().path("fullySettled").asBoolean()).isTrue();
    assertThat(full.data().path("amountOutstanding").asString()).isEqualTo("0.00");
    JsonNode settled = firm.theCase(caseId);
    assertThat(settled.path("status").asString()).isEqualTo("SETTLED");
  }

  @Test
  @DisplayName("TC-2, EW-2: arrears from 2026-09-28 must be reported by 2026-10-08 (National Day); without a report "
      + "the case is overdue and EW-2 is raised; a late valid report is recorded as filed late")
  void fiveDayReport() {
    Enterprise firm = taicang().production().owned().employees(60).withOwnUnion().registered();
    LocalDate start = LocalDate.parse("2026-09-28");
    JsonNode opened = firm.openCase(start, List.of("2026-08"), "86400.00", 6);
    String caseId = opened.path("caseId").asString();
    assertThat(opened.path("reportDeadline").asString()).isEqualTo("2026-10-08");

    Seen overdue = firm.awaitEvent("wageguard.arrears.report-overdue.v1");
    assertThat(overdue.data().path("reportDeadline").asString()).isEqualTo("2026-10-08");
    JsonNode ew2 = firm.awaitAlert("EW-2").data();
    assertThat(ew2.path("level").asString()).isEqualTo("ORANGE");
    assertThat(strings(ew2.path("ruleIds"))).contains("EW-2", "TC-2");
    assertThat(ew2.path("facts").path("reportDeadline").asString()).isEqualTo("2026-10-08");

    JsonNode answer = ok(firm.fileReport(caseId, completeReport(start, LocalDate.parse("2026-10-20"))));
    assertThat(answer.path("valid").asBoolean()).as(answer.toString()).isTrue();
    Seen filed = firm.awaitEvent("wageguard.arrears.report-filed.v1");
    assertThat(filed.data().path("filedLate").asBoolean()).isTrue();
    assertThat(filed.data().path("deferralEndDate").asString()).isEqualTo("2026-10-20");
    assertThat(strings(filed.data().path("ruleIds"))).contains("TC-2");
  }

  @Test
  @DisplayName("TC-2a, EW-3: a report without the union's consent and without relief measures is not valid; the "
      + "reasons name TC-2a and EW-3 (YELLOW) goes to the district union and the labour bureau")
  void incompleteReportIsInvalid() {
    Enterprise firm = taicang().production().owned().employees(60).registered();
    LocalDate start = LocalDate.parse("2026-11-16");
    String caseId = firm.openCase(start, List.of("2026-10"), "36000.00", 4)
        .path("caseId").asString();

    JsonNode answer = ok(firm.fileReport(caseId, """
        {"reportId":"TC2A-0001","workerRepresentativeConsent":{"representatives":"职工代表 赵磊","date":"2026-11-16"},
         "procedure":"经职工代表大会讨论","deferralEndDate":"2026-12-01","responsiblePerson":"法定代表人"}"""));
    assertThat(answer.path("valid").asBoolean()).isFalse();
    assertThat(answer.path("reasons").toString()).contains("unionConsent").contains("reliefMeasures");

    Seen invalid = firm.awaitEvent("wageguard.arrears.report-invalid.v1");
    List<String> fields = invalid.data().path("reasons").valueStream()
        .filter(r -> "TC-2a".equals(r.path("rule").asString())).map(r -> r.path("field").asString()).toList();
    assertThat(fields).contains("unionConsent", "reliefMeasures");
    assertThat(strings(invalid.data().path("ruleIds"))).contains("TC-2a", "EW-3");

    JsonNode ew3 = firm.awaitAlert("EW-3").data();
    assertThat(ew3.path("level").asString()).isEqualTo("YELLOW");
    assertThat(strings(ew3.path("ruleIds"))).contains("EW-3", "TC-2a");
    assertThat(recipientIds(ew3)).containsExactlyInAnyOrder("union-320585", "bureau-320585");

    JsonNode unreported = firm.theCase(caseId);
    assertThat(unreported.path("status").asString()).isIn("OPEN", "REPORT_OVERDUE");
    assertThat(unreported.path("deferralEndDate").isNull()).isTrue();
  }

  @Test
  @DisplayName("TC-2b: for arrears from 2026-09-07 the deferral may end on 2026-10-08 (day 30 is 10-07, National Day) "
      + "but not on 2026-10-09")
  void deferralCap() {
    Enterprise firm = taicang().production().owned().employees(60).registered();
    LocalDate start = LocalDate.parse("2026-09-07");
    String caseId = firm.openCase(start, List.of("2026-08"), "36000.00", 4)
        .path("caseId").asString();

    JsonNode tooLong = ok(firm.fileReport(caseId, completeReport(start, LocalDate.parse("2026-10-09"))));
    assertThat(tooLong.path("valid").asBoolean()).isFalse();
    assertThat(tooLong.path("reasons").valueStream().map(r -> r.path("rule").asString() + " " + r.path("field").asString()))
        .containsExactly("TC-2b deferralEndDate");
    assertThat(tooLong.path("reasons").get(0).path("message").asString()).contains("latest 2026-10-08");

    JsonNode longest = ok(firm.fileReport(caseId, completeReport(start, LocalDate.parse("2026-10-08"))));
    assertThat(longest.path("valid").asBoolean()).as(longest.toString()).isTrue();
    Seen filed = firm.awaitEvent("wageguard.arrears.report-filed.v1");
    assertThat(filed.data().path("latestDeferralEnd").asString()).isEqualTo("2026-10-08");
    assertThat(filed.data().path("deferralEndDate").asString()).isEqualTo("2026-10-08");
  }

  @Test
  @DisplayName("TC-3: an enterprise on its own premises with no arrears need not deposit; leased premises (TC-3d) "
      + "or arrears (TC-3a) make the deposit required, each clause recorded")
  void whoMustDeposit() {
    Enterprise owned = taicang().production().owned().employees(60).registered();
    Enterprise leased = taicang().production().leased().employees(60).registered();
    Enterprise inArrears = taicang().production().owned().employees(60).registered();

    JsonNode notRequired = owned.awaitOutcome("NOT_REQUIRED");
    assertThat(strings(notRequired.path("ruleIds"))).contains("TC-3");
    JsonNode leasedObligation = leased.awaitOutcome("REQUIRED");
    assertThat(strings(leasedObligation.path("clauses"))).containsExactly("TC-3d");

    inArrears.openCase(LocalDate.parse("2026-11-02"), List.of("2026-10"), "24000.00", 3);
    JsonNode arrears = inArrears.awaitOutcome("REQUIRED");
    assertThat(strings(arrears.path("clauses"))).containsExactly("TC-3a");
    Seen assessed = inArrears.awaitEvent("wageguard.deposit.obligation-assessed.v1",
        s -> "REQUIRED".equals(s.data().path("outcome").asString()));
    assertThat(strings(assessed.data().path("clauses"))).contains("TC-3a");
  }

  @Test
  @DisplayName("TC-3b: a collective petition makes the deposit required (clause TC-3b) and is recorded with TC-3b, HT-5")
  void collectivePetition() {
    Enterprise firm = taicang().production().owned().employees(60).registered();
    String caseId = firm.openCase(LocalDate.parse("2026-11-02"), List.of("2026-10"),
        "240000.00", 40).path("caseId").asString();
    firm.recordIncident(caseId, "COLLECTIVE_PETITION", LocalDate.parse("2026-11-09"), 40);

    Seen incident = firm.awaitEvent("wageguard.arrears.incident-recorded.v1");
    assertThat(incident.data().path("kind").asString()).isEqualTo("COLLECTIVE_PETITION");
    assertThat(strings(incident.data().path("ruleIds"))).contains("TC-3b", "HT-5");
    JsonNode obligation = firm.awaitObligation(o -> strings(o.path("clauses")).contains("TC-3b"));
    assertThat(obligation.path("outcome").asString()).isEqualTo("REQUIRED");
    assertThat(obligation.path("facts").path("collectivePetitions").asString()).isEqualTo("1");
  }

  @Test
  @DisplayName("TC-3c, EW-5: arrears for 2026-08 and 2026-09 (two months in a row, P-6) reach the threshold; three "
      + "months apart do too; the deposit becomes required under TC-3c and EW-5 is raised")
  void arrearsMonthsThreshold() {
    Enterprise inRow = taicang().production().owned().employees(60).registered();
    inRow.openCase(LocalDate.parse("2026-10-12"), List.of("2026-08", "2026-09"), "96000.00", 8);
    Seen reached = inRow.awaitEvent("wageguard.arrears.threshold-reached.v1");
    assertThat(reached.data().path("monthsInRow").asInt()).isEqualTo(2);
    assertThat(strings(reached.data().path("ruleIds"))).containsExactly("TC-3c", "HT-4");
    JsonNode obligation = inRow.awaitObligation(o -> strings(o.path("clauses")).contains("TC-3c"));
    assertThat(obligation.path("outcome").asString()).isEqualTo("REQUIRED");
    JsonNode ew5 = inRow.awaitAlert("EW-5").data();
    assertThat(ew5.path("level").asString()).isEqualTo("ORANGE");

    Enterprise apart = taicang().production().owned().employees(60).registered();
    apart.openCase(LocalDate.parse("2026-10-12"), List.of("2026-03", "2026-06", "2026-09"),
        "96000.00", 8);
    Seen total = apart.awaitEvent("wageguard.arrears.threshold-reached.v1");
    assertThat(total.data().path("monthsInRow").asInt()).isEqualTo(1);
    assertThat(total.data().path("monthsInTotal").asInt()).isEqualTo(3);
  }

  @Test
  @DisplayName("TC-4, EW-7: 20% of last year's wages is required; the agreement signed 2026-08-01 makes it due "
      + "2026-10-08 (P-5, P-3); unpaid, the deadline is missed (EW-7 YELLOW); the bank's deposit is on the ledger")
  void lumpSumDeposit() {
    Enterprise firm = taicang().production().leased().employees(120).registered();
    firm.payroll(2025, "10000000.00");
    firm.awaitRequiredAmount("2000000.00");

    ok(firm.agreement("""
        {"signedOn":"2026-08-01","witnessedBy":"太仓市总工会"}"""));
    rejected(firm.agreement("""
            {"signedOn":"2026-08-03","witnessedBy":"太仓市总工会"}"""), 422, "signedOn", "TC-4");

    Seen missed = firm.awaitDeadlineMissed("TC-4_DEPOSIT", s -> true);
    assertThat(missed.data().path("dueDate").asString()).isEqualTo("2026-10-08");
    assertThat(missed.data().path("amount").asString()).isEqualTo("2000000.00");
    assertThat(missed.data().path("missCount").asInt()).isEqualTo(1);
    assertThat(strings(missed.data().path("ruleIds"))).contains("TC-4", "P-5", "P-3", "EW-7");
    JsonNode ew7 = firm.awaitAlert("EW-7").data();
    assertThat(ew7.path("level").asString()).isEqualTo("YELLOW");
    assertThat(recipientIds(ew7)).containsExactlyInAnyOrder("bureau-320585", "union-320585");

    ok(firm.credit("""
        {"kind":"DEPOSIT","amount":"2000000.00","valueDate":"2026-10-20","reference":"TC4-0001"}"""));
    Seen entry = firm.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1");
    assertThat(entry.data().path("kind").asString()).isEqualTo("DEPOSIT");
    assertThat(entry.data().path("balanceAfter").asString()).isEqualTo("2000000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("TC-4", "M-1");
    JsonNode status = firm.status(RunningSystem.today());
    assertThat(status.path("balance").asString()).isEqualTo("2000000.00");
    assertThat(status.path("missedDeadlines").toString()).contains("2026-10-08");
  }

  @Test
  @DisplayName("TC-5: a payout that leaves the balance under the requirement makes a top-up due within 30 days "
      + "(payout 2026-11-02, due 2026-12-02); the bank's top-up restores it")
  void topUp() {
    Enterprise firm = taicang().production().leased().employees(60).registered();
    firm.payroll(2025, "1000000.00");
    firm.awaitRequiredAmount("200000.00");
    firm.openCase(LocalDate.parse("2026-10-26"), List.of("2026-09"), "30000.00", 4);
    firm.awaitFacts(f -> f.path("arrearsCases").size() > 0);

    JsonNode agreement = ok(firm.agreement("""
            {"signedOn":"2026-10-19","witnessedBy":"太仓市总工会"}"""));
    assertThat(agreement.path("nextDue").path("dueDate").asString()).isEqualTo("2026-12-21"); // 12-19 is a Saturday
    ok(firm.credit("""
        {"kind":"DEPOSIT","amount":"200000.00","valueDate":"2026-10-30","reference":"TC4-TC5-0001"}"""));
    JsonNode afterPayout = ok(firm.payout("""
            {"kind":"INSOLVENCY_PAYOUT","valueDate":"2026-11-02","reference":"TC7-TC5-0001","months":1,"workers":4}"""));
    assertThat(afterPayout.path("balance").asString()).isEqualTo("190040.00");
    JsonNode topUpDue = afterPayout.path("nextDue");
    assertThat(topUpDue.path("obligation").asString()).isEqualTo("TC-5_TOP_UP");
    assertThat(topUpDue.path("dueDate").asString()).isEqualTo("2026-12-02");
    assertThat(topUpDue.path("amount").asString()).isEqualTo("9960.00");
    assertThat(strings(topUpDue.path("ruleIds"))).contains("TC-5", "P-2");

    JsonNode afterTopUp = ok(firm.credit("""
            {"kind":"TOP_UP","amount":"9960.00","valueDate":"2026-11-20","reference":"TC5-0001"}"""));
    assertThat(afterTopUp.path("balance").asString()).isEqualTo("200000.00");
    Seen topUp = firm.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1",
        s -> "TOP_UP".equals(s.data().path("kind").asString()));
    assertThat(strings(topUp.data().path("ruleIds"))).contains("TC-5");
  }

  @Test
  @DisplayName("TC-6: integrity grade A from the labour bureau, or the union's harmonious designation, exempts a "
      + "leased-premises enterprise (reading ANY)")
  void exemption() {
    Enterprise gradeA = taicang().catering().leased().employees(35).registered();
    Enterprise harmonious = taicang().catering().leased().employees(35).registered();
    gradeA.awaitOutcome("REQUIRED");
    harmonious.awaitOutcome("REQUIRED");

    gradeA.rated(2025, "A");
    harmonious.designatedHarmonious(2025);

    JsonNode byGrade = gradeA.awaitOutcome("EXEMPT");
    assertThat(byGrade.path("exemption").path("clause").asString()).isEqualTo("TC-6");
    assertThat(byGrade.path("exemption").path("grade").asString()).isEqualTo("A");
    assertThat(strings(byGrade.path("ruleIds"))).contains("TC-3d", "TC-6");
    JsonNode byDesignation = harmonious.awaitOutcome("EXEMPT");
    assertThat(byDesignation.path("exemption").path("harmonious").asBoolean()).isTrue();
    assertThat(byDesignation.path("exemption").path("reading").asString()).isEqualTo("ANY");
    Seen assessed = gradeA.awaitEvent("wageguard.deposit.obligation-assessed.v1",
        s -> "EXEMPT".equals(s.data().path("outcome").asString()));
    assertThat(strings(assessed.data().path("ruleIds"))).contains("TC-6");
  }

  @Test
  @DisplayName("TC-7, M-3: a bankrupt enterprise's deposit pays 3 months × minimum wage 2,490.00 × 10 workers = "
      + "74,700.00; the balance of 50,000.00 is paid, 24,700.00 recorded as shortfall")
  void insolvencyPayout() {
    Enterprise firm = taicang().production().leased().employees(60).registered();
    firm.payroll(2025, "500000.00");
    firm.awaitRequiredAmount("100000.00");
    ok(firm.agreement("""
        {"signedOn":"2026-10-19","witnessedBy":"太仓市总工会"}"""));
    ok(firm.credit("""
        {"kind":"DEPOSIT","amount":"50000.00","valueDate":"2026-10-30","reference":"TC4-TC7-0001"}"""));
    rejected(firm.payout("""
        {"kind":"INSOLVENCY_PAYOUT","valueDate":"2026-11-03","reference":"TC7-EARLY","months":3,"workers":10}"""),
        422, "kind", "TC-7");

    firm.statusChanged("BANKRUPT");
    firm.awaitFacts(f -> "BANKRUPT".equals(f.path("status").asString()));
    rejected(firm.payout("""
        {"kind":"INSOLVENCY_PAYOUT","valueDate":"2026-11-03","reference":"TC7-4M","months":4,"workers":10}"""),
        422, "months", "TC-7");
    rejected(firm.payout("""
        {"kind":"INSOLVENCY_PAYOUT","amount":"70000.00","valueDate":"2026-11-03","reference":"TC7-WRONG","months":3,
         "workers":10}"""), 422, "amount", "TC-7");

    JsonNode after = ok(firm.payout("""
        {"kind":"INSOLVENCY_PAYOUT","valueDate":"2026-11-03","reference":"TC7-0001","months":3,"workers":10}"""));
    assertThat(after.path("balance").asString()).isEqualTo("0.00");
    assertThat(after.path("shortfallTotal").asString()).isEqualTo("24700.00");
    Seen entry = firm.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1",
        s -> "INSOLVENCY_PAYOUT".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("requested").asString()).isEqualTo("74700.00");
    assertThat(entry.data().path("amount").asString()).isEqualTo("-50000.00");
    assertThat(entry.data().path("shortfall").asString()).isEqualTo("24700.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("TC-7", "M-3", "M-1");
  }

  @Test
  @DisplayName("TC-8, EW-6: a collective petition is RED and reaches every member of Taicang's joint meeting")
  void jointMeeting() {
    Enterprise firm = taicang().production().owned().employees(200).withOwnUnion().registered();
    String caseId = firm.openCase(LocalDate.parse("2026-11-16"), List.of("2026-10"),
        "480000.00", 80).path("caseId").asString();
    firm.recordIncident(caseId, "COLLECTIVE_PETITION", LocalDate.parse("2026-11-20"), 80);

    JsonNode ew6 = firm.awaitAlert("EW-6").data();
    assertThat(ew6.path("level").asString()).isEqualTo("RED");
    assertThat(strings(ew6.path("ruleIds"))).contains("EW-6", "TC-8", "TC-3b");
    assertThat(recipientIds(ew6)).contains("union-320585", "union-320500", "bureau-320585",
        "jm-320585-police", "jm-320585-planning-construction", "jm-320585-petitions", "jm-320585-central-bank",
        "jm-320585-industry-commerce");
    assertThat(RulesFixture.recipientRoles(ew6)).contains("JOINT_MEETING", "ENTERPRISE_UNION");
  }

  /** Given an enterprise registered in Taicang (320585). */
  private static Enterprise.Registration taicang() {
    return system.given().enterprise(TAICANG);
  }
}
