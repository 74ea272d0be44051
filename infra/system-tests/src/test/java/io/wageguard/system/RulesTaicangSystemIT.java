package io.wageguard.system;

import static io.wageguard.system.RulesFixture.REGISTRY_WRITER;
import static io.wageguard.system.RulesFixture.TAICANG;
import static io.wageguard.system.RulesFixture.bank;
import static io.wageguard.system.RulesFixture.completeReport;
import static io.wageguard.system.RulesFixture.dataField;
import static io.wageguard.system.RulesFixture.labourBureau;
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
    String creditCode = system.register(TAICANG, "PRODUCTION", "OWNED", 40, false);
    String caseId = system.openCase(creditCode, TAICANG, LocalDate.parse("2026-11-02"), List.of("2026-10"),
        "50000.00", 5).path("caseId").asString();
    String path = "/api/cases/" + caseId + "/settlements";

    ok(system.as(labourBureau(TAICANG)).post("arrears-reporting", path, """
        {"settlementId":"TC1-PART","amountPaid":"20000.00","settledOn":"2026-11-10"}"""));
    Seen part = system.awaitEvent("wageguard.arrears.settled.v1", creditCode, dataField("settlementId", "TC1-PART"));
    assertThat(part.data().path("fullySettled").asBoolean()).isFalse();
    assertThat(part.data().path("amountOutstanding").asString()).isEqualTo("30000.00");
    assertThat(strings(part.data().path("ruleIds"))).contains("TC-1");

    rejected(system.as(labourBureau(TAICANG)).post("arrears-reporting", path, """
        {"settlementId":"TC1-TOO-MUCH","amountPaid":"30000.01","settledOn":"2026-11-11"}"""), 422, "amountPaid", "TC-1");

    ok(system.as(labourBureau(TAICANG)).post("arrears-reporting", path, """
        {"settlementId":"TC1-REST","amountPaid":"30000.00","settledOn":"2026-11-12"}"""));
    Seen full = system.awaitEvent("wageguard.arrears.settled.v1", creditCode, dataField("settlementId", "TC1-REST"));
    assertThat(full.data().path("fullySettled").asBoolean()).isTrue();
    assertThat(full.data().path("amountOutstanding").asString()).isEqualTo("0.00");
    JsonNode settled = ok(system.as(labourBureau(TAICANG)).get("arrears-reporting", "/api/cases/" + caseId));
    assertThat(settled.path("status").asString()).isEqualTo("SETTLED");
  }

  @Test
  @DisplayName("TC-2, EW-2: arrears from 2026-09-28 must be reported by 2026-10-08 (National Day); without a report "
      + "the case is overdue and EW-2 is raised; a late valid report is recorded as filed late")
  void fiveDayReport() {
    String creditCode = system.register(TAICANG, "PRODUCTION", "OWNED", 60, true);
    LocalDate start = LocalDate.parse("2026-09-28");
    JsonNode opened = system.openCase(creditCode, TAICANG, start, List.of("2026-08"), "86400.00", 6);
    String caseId = opened.path("caseId").asString();
    assertThat(opened.path("reportDeadline").asString()).isEqualTo("2026-10-08");

    Seen overdue = system.awaitEvent("wageguard.arrears.report-overdue.v1", creditCode);
    assertThat(overdue.data().path("reportDeadline").asString()).isEqualTo("2026-10-08");
    JsonNode ew2 = system.awaitAlert("EW-2", creditCode).data();
    assertThat(ew2.path("level").asString()).isEqualTo("ORANGE");
    assertThat(strings(ew2.path("ruleIds"))).contains("EW-2", "TC-2");
    assertThat(ew2.path("facts").path("reportDeadline").asString()).isEqualTo("2026-10-08");

    JsonNode answer = ok(system.fileReport(TAICANG, caseId, completeReport(start, LocalDate.parse("2026-10-20"))));
    assertThat(answer.path("valid").asBoolean()).as(answer.toString()).isTrue();
    Seen filed = system.awaitEvent("wageguard.arrears.report-filed.v1", creditCode);
    assertThat(filed.data().path("filedLate").asBoolean()).isTrue();
    assertThat(filed.data().path("deferralEndDate").asString()).isEqualTo("2026-10-20");
    assertThat(strings(filed.data().path("ruleIds"))).contains("TC-2");
  }

  @Test
  @DisplayName("TC-2a, EW-3: a report without the union's consent and without relief measures is not valid; the "
      + "reasons name TC-2a and EW-3 (YELLOW) goes to the district union and the labour bureau")
  void incompleteReportIsInvalid() {
    String creditCode = system.register(TAICANG, "PRODUCTION", "OWNED", 60, false);
    LocalDate start = LocalDate.parse("2026-11-16");
    String caseId = system.openCase(creditCode, TAICANG, start, List.of("2026-10"), "36000.00", 4)
        .path("caseId").asString();

    JsonNode answer = ok(system.fileReport(TAICANG, caseId, """
        {"reportId":"TC2A-0001","workerRepresentativeConsent":{"representatives":"职工代表 赵磊","date":"2026-11-16"},
         "procedure":"经职工代表大会讨论","deferralEndDate":"2026-12-01","responsiblePerson":"法定代表人"}"""));
    assertThat(answer.path("valid").asBoolean()).isFalse();
    assertThat(answer.path("reasons").toString()).contains("unionConsent").contains("reliefMeasures");

    Seen invalid = system.awaitEvent("wageguard.arrears.report-invalid.v1", creditCode);
    List<String> fields = invalid.data().path("reasons").valueStream()
        .filter(r -> "TC-2a".equals(r.path("rule").asString())).map(r -> r.path("field").asString()).toList();
    assertThat(fields).contains("unionConsent", "reliefMeasures");
    assertThat(strings(invalid.data().path("ruleIds"))).contains("TC-2a", "EW-3");

    JsonNode ew3 = system.awaitAlert("EW-3", creditCode).data();
    assertThat(ew3.path("level").asString()).isEqualTo("YELLOW");
    assertThat(strings(ew3.path("ruleIds"))).contains("EW-3", "TC-2a");
    assertThat(recipientIds(ew3)).containsExactlyInAnyOrder("union-320585", "bureau-320585");

    JsonNode unreported = ok(system.as(labourBureau(TAICANG)).get("arrears-reporting", "/api/cases/" + caseId));
    assertThat(unreported.path("status").asString()).isIn("OPEN", "REPORT_OVERDUE");
    assertThat(unreported.path("deferralEndDate").isNull()).isTrue();
  }

  @Test
  @DisplayName("TC-2b: for arrears from 2026-09-07 the deferral may end on 2026-10-08 (day 30 is 10-07, National Day) "
      + "but not on 2026-10-09")
  void deferralCap() {
    String creditCode = system.register(TAICANG, "PRODUCTION", "OWNED", 60, false);
    LocalDate start = LocalDate.parse("2026-09-07");
    String caseId = system.openCase(creditCode, TAICANG, start, List.of("2026-08"), "36000.00", 4)
        .path("caseId").asString();

    JsonNode tooLong = ok(system.fileReport(TAICANG, caseId, completeReport(start, LocalDate.parse("2026-10-09"))));
    assertThat(tooLong.path("valid").asBoolean()).isFalse();
    assertThat(tooLong.path("reasons").valueStream().map(r -> r.path("rule").asString() + " " + r.path("field").asString()))
        .containsExactly("TC-2b deferralEndDate");
    assertThat(tooLong.path("reasons").get(0).path("message").asString()).contains("latest 2026-10-08");

    JsonNode longest = ok(system.fileReport(TAICANG, caseId, completeReport(start, LocalDate.parse("2026-10-08"))));
    assertThat(longest.path("valid").asBoolean()).as(longest.toString()).isTrue();
    Seen filed = system.awaitEvent("wageguard.arrears.report-filed.v1", creditCode);
    assertThat(filed.data().path("latestDeferralEnd").asString()).isEqualTo("2026-10-08");
    assertThat(filed.data().path("deferralEndDate").asString()).isEqualTo("2026-10-08");
  }

  @Test
  @DisplayName("TC-3: an enterprise on its own premises with no arrears need not deposit; leased premises (TC-3d) "
      + "or arrears (TC-3a) make the deposit required, each clause recorded")
  void whoMustDeposit() {
    String owned = system.register(TAICANG, "PRODUCTION", "OWNED", 60, false);
    String leased = system.register(TAICANG, "PRODUCTION", "LEASED", 60, false);
    String inArrears = system.register(TAICANG, "PRODUCTION", "OWNED", 60, false);

    JsonNode notRequired = system.awaitOutcome(owned, TAICANG, "NOT_REQUIRED");
    assertThat(strings(notRequired.path("ruleIds"))).contains("TC-3");
    JsonNode leasedObligation = system.awaitOutcome(leased, TAICANG, "REQUIRED");
    assertThat(strings(leasedObligation.path("clauses"))).containsExactly("TC-3d");

    system.openCase(inArrears, TAICANG, LocalDate.parse("2026-11-02"), List.of("2026-10"), "24000.00", 3);
    JsonNode arrears = system.awaitOutcome(inArrears, TAICANG, "REQUIRED");
    assertThat(strings(arrears.path("clauses"))).containsExactly("TC-3a");
    Seen assessed = system.awaitEvent("wageguard.deposit.obligation-assessed.v1", inArrears,
        s -> "REQUIRED".equals(s.data().path("outcome").asString()));
    assertThat(strings(assessed.data().path("clauses"))).contains("TC-3a");
  }

  @Test
  @DisplayName("TC-3b: a collective petition makes the deposit required (clause TC-3b) and is recorded with TC-3b, HT-5")
  void collectivePetition() {
    String creditCode = system.register(TAICANG, "PRODUCTION", "OWNED", 60, false);
    String caseId = system.openCase(creditCode, TAICANG, LocalDate.parse("2026-11-02"), List.of("2026-10"),
        "240000.00", 40).path("caseId").asString();
    system.recordIncident(TAICANG, caseId, "COLLECTIVE_PETITION", LocalDate.parse("2026-11-09"), 40);

    Seen incident = system.awaitEvent("wageguard.arrears.incident-recorded.v1", creditCode);
    assertThat(incident.data().path("kind").asString()).isEqualTo("COLLECTIVE_PETITION");
    assertThat(strings(incident.data().path("ruleIds"))).contains("TC-3b", "HT-5");
    JsonNode obligation = system.awaitObligation(creditCode, TAICANG,
        o -> strings(o.path("clauses")).contains("TC-3b"));
    assertThat(obligation.path("outcome").asString()).isEqualTo("REQUIRED");
    assertThat(obligation.path("facts").path("collectivePetitions").asString()).isEqualTo("1");
  }

  @Test
  @DisplayName("TC-3c, EW-5: arrears for 2026-08 and 2026-09 (two months in a row, P-6) reach the threshold; three "
      + "months apart do too; the deposit becomes required under TC-3c and EW-5 is raised")
  void arrearsMonthsThreshold() {
    String inRow = system.register(TAICANG, "PRODUCTION", "OWNED", 60, false);
    system.openCase(inRow, TAICANG, LocalDate.parse("2026-10-12"), List.of("2026-08", "2026-09"), "96000.00", 8);
    Seen reached = system.awaitEvent("wageguard.arrears.threshold-reached.v1", inRow);
    assertThat(reached.data().path("monthsInRow").asInt()).isEqualTo(2);
    assertThat(strings(reached.data().path("ruleIds"))).containsExactly("TC-3c", "HT-4");
    JsonNode obligation = system.awaitObligation(inRow, TAICANG, o -> strings(o.path("clauses")).contains("TC-3c"));
    assertThat(obligation.path("outcome").asString()).isEqualTo("REQUIRED");
    JsonNode ew5 = system.awaitAlert("EW-5", inRow).data();
    assertThat(ew5.path("level").asString()).isEqualTo("ORANGE");

    String apart = system.register(TAICANG, "PRODUCTION", "OWNED", 60, false);
    system.openCase(apart, TAICANG, LocalDate.parse("2026-10-12"), List.of("2026-03", "2026-06", "2026-09"),
        "96000.00", 8);
    Seen total = system.awaitEvent("wageguard.arrears.threshold-reached.v1", apart);
    assertThat(total.data().path("monthsInRow").asInt()).isEqualTo(1);
    assertThat(total.data().path("monthsInTotal").asInt()).isEqualTo(3);
  }

  @Test
  @DisplayName("TC-4, EW-7: 20% of last year's wages is required; the agreement signed 2026-08-01 makes it due "
      + "2026-10-08 (P-5, P-3); unpaid, the deadline is missed (EW-7 YELLOW); the bank's deposit is on the ledger")
  void lumpSumDeposit() {
    String creditCode = system.register(TAICANG, "PRODUCTION", "LEASED", 120, false);
    system.annualPayroll(creditCode, 2025, "10000000.00");
    system.awaitRequiredAmount(creditCode, TAICANG, "2000000.00");

    ok(system.as(labourBureau(TAICANG)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/agreement", """
        {"signedOn":"2026-08-01","witnessedBy":"太仓市总工会"}"""));
    rejected(system.as(labourBureau(TAICANG)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/agreement",
        """
            {"signedOn":"2026-08-03","witnessedBy":"太仓市总工会"}"""), 422, "signedOn", "TC-4");

    Seen missed = system.awaitDeadlineMissed(creditCode, "TC-4_DEPOSIT", s -> true);
    assertThat(missed.data().path("dueDate").asString()).isEqualTo("2026-10-08");
    assertThat(missed.data().path("amount").asString()).isEqualTo("2000000.00");
    assertThat(missed.data().path("missCount").asInt()).isEqualTo(1);
    assertThat(strings(missed.data().path("ruleIds"))).contains("TC-4", "P-5", "P-3", "EW-7");
    JsonNode ew7 = system.awaitAlert("EW-7", creditCode).data();
    assertThat(ew7.path("level").asString()).isEqualTo("YELLOW");
    assertThat(recipientIds(ew7)).containsExactlyInAnyOrder("bureau-320585", "union-320585");

    ok(system.as(bank(TAICANG)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/credits", """
        {"kind":"DEPOSIT","amount":"2000000.00","valueDate":"2026-10-20","reference":"TC4-0001"}"""));
    Seen entry = system.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1", creditCode);
    assertThat(entry.data().path("kind").asString()).isEqualTo("DEPOSIT");
    assertThat(entry.data().path("balanceAfter").asString()).isEqualTo("2000000.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("TC-4", "M-1");
    JsonNode status = system.status(creditCode, TAICANG, RunningSystem.today());
    assertThat(status.path("balance").asString()).isEqualTo("2000000.00");
    assertThat(status.path("missedDeadlines").toString()).contains("2026-10-08");
  }

  @Test
  @DisplayName("TC-5: a payout that leaves the balance under the requirement makes a top-up due within 30 days "
      + "(payout 2026-11-02, due 2026-12-02); the bank's top-up restores it")
  void topUp() {
    String creditCode = system.register(TAICANG, "PRODUCTION", "LEASED", 60, false);
    system.annualPayroll(creditCode, 2025, "1000000.00");
    system.awaitRequiredAmount(creditCode, TAICANG, "200000.00");
    system.openCase(creditCode, TAICANG, LocalDate.parse("2026-10-26"), List.of("2026-09"), "30000.00", 4);
    system.awaitFacts(creditCode, TAICANG, f -> f.path("arrearsCases").size() > 0);

    JsonNode agreement = ok(system.as(labourBureau(TAICANG)).post("deposit-accounts",
        "/api/enterprises/" + creditCode + "/agreement", """
            {"signedOn":"2026-10-19","witnessedBy":"太仓市总工会"}"""));
    assertThat(agreement.path("nextDue").path("dueDate").asString()).isEqualTo("2026-12-21"); // 12-19 is a Saturday
    ok(system.as(bank(TAICANG)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/credits", """
        {"kind":"DEPOSIT","amount":"200000.00","valueDate":"2026-10-30","reference":"TC4-TC5-0001"}"""));
    JsonNode afterPayout = ok(system.as(bank(TAICANG)).post("deposit-accounts",
        "/api/enterprises/" + creditCode + "/payouts", """
            {"kind":"INSOLVENCY_PAYOUT","valueDate":"2026-11-02","reference":"TC7-TC5-0001","months":1,"workers":4}"""));
    assertThat(afterPayout.path("balance").asString()).isEqualTo("190040.00");
    JsonNode topUpDue = afterPayout.path("nextDue");
    assertThat(topUpDue.path("obligation").asString()).isEqualTo("TC-5_TOP_UP");
    assertThat(topUpDue.path("dueDate").asString()).isEqualTo("2026-12-02");
    assertThat(topUpDue.path("amount").asString()).isEqualTo("9960.00");
    assertThat(strings(topUpDue.path("ruleIds"))).contains("TC-5", "P-2");

    JsonNode afterTopUp = ok(system.as(bank(TAICANG)).post("deposit-accounts",
        "/api/enterprises/" + creditCode + "/credits", """
            {"kind":"TOP_UP","amount":"9960.00","valueDate":"2026-11-20","reference":"TC5-0001"}"""));
    assertThat(afterTopUp.path("balance").asString()).isEqualTo("200000.00");
    Seen topUp = system.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1", creditCode,
        s -> "TOP_UP".equals(s.data().path("kind").asString()));
    assertThat(strings(topUp.data().path("ruleIds"))).contains("TC-5");
  }

  @Test
  @DisplayName("TC-6: integrity grade A from the labour bureau, or the union's harmonious designation, exempts a "
      + "leased-premises enterprise (reading ANY)")
  void exemption() {
    String gradeA = system.register(TAICANG, "CATERING", "LEASED", 35, false);
    String harmonious = system.register(TAICANG, "CATERING", "LEASED", 35, false);
    system.awaitOutcome(gradeA, TAICANG, "REQUIRED");
    system.awaitOutcome(harmonious, TAICANG, "REQUIRED");

    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", "/api/enterprises/" + gradeA + "/ratings", """
        {"year":2025,"grade":"A"}"""));
    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", "/api/enterprises/" + harmonious + "/designations", """
        {"year":2025,"harmonious":true}"""));

    JsonNode byGrade = system.awaitOutcome(gradeA, TAICANG, "EXEMPT");
    assertThat(byGrade.path("exemption").path("clause").asString()).isEqualTo("TC-6");
    assertThat(byGrade.path("exemption").path("grade").asString()).isEqualTo("A");
    assertThat(strings(byGrade.path("ruleIds"))).contains("TC-3d", "TC-6");
    JsonNode byDesignation = system.awaitOutcome(harmonious, TAICANG, "EXEMPT");
    assertThat(byDesignation.path("exemption").path("harmonious").asBoolean()).isTrue();
    assertThat(byDesignation.path("exemption").path("reading").asString()).isEqualTo("ANY");
    Seen assessed = system.awaitEvent("wageguard.deposit.obligation-assessed.v1", gradeA,
        s -> "EXEMPT".equals(s.data().path("outcome").asString()));
    assertThat(strings(assessed.data().path("ruleIds"))).contains("TC-6");
  }

  @Test
  @DisplayName("TC-7, M-3: a bankrupt enterprise's deposit pays 3 months × minimum wage 2,490.00 × 10 workers = "
      + "74,700.00; the balance of 50,000.00 is paid, 24,700.00 recorded as shortfall")
  void insolvencyPayout() {
    String creditCode = system.register(TAICANG, "PRODUCTION", "LEASED", 60, false);
    system.annualPayroll(creditCode, 2025, "500000.00");
    system.awaitRequiredAmount(creditCode, TAICANG, "100000.00");
    ok(system.as(labourBureau(TAICANG)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/agreement", """
        {"signedOn":"2026-10-19","witnessedBy":"太仓市总工会"}"""));
    ok(system.as(bank(TAICANG)).post("deposit-accounts", "/api/enterprises/" + creditCode + "/credits", """
        {"kind":"DEPOSIT","amount":"50000.00","valueDate":"2026-10-30","reference":"TC4-TC7-0001"}"""));
    String payouts = "/api/enterprises/" + creditCode + "/payouts";
    rejected(system.as(bank(TAICANG)).post("deposit-accounts", payouts, """
        {"kind":"INSOLVENCY_PAYOUT","valueDate":"2026-11-03","reference":"TC7-EARLY","months":3,"workers":10}"""),
        422, "kind", "TC-7");

    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", "/api/enterprises/" + creditCode + "/status", """
        {"status":"BANKRUPT"}"""));
    system.awaitFacts(creditCode, TAICANG, f -> "BANKRUPT".equals(f.path("status").asString()));
    rejected(system.as(bank(TAICANG)).post("deposit-accounts", payouts, """
        {"kind":"INSOLVENCY_PAYOUT","valueDate":"2026-11-03","reference":"TC7-4M","months":4,"workers":10}"""),
        422, "months", "TC-7");
    rejected(system.as(bank(TAICANG)).post("deposit-accounts", payouts, """
        {"kind":"INSOLVENCY_PAYOUT","amount":"70000.00","valueDate":"2026-11-03","reference":"TC7-WRONG","months":3,
         "workers":10}"""), 422, "amount", "TC-7");

    JsonNode after = ok(system.as(bank(TAICANG)).post("deposit-accounts", payouts, """
        {"kind":"INSOLVENCY_PAYOUT","valueDate":"2026-11-03","reference":"TC7-0001","months":3,"workers":10}"""));
    assertThat(after.path("balance").asString()).isEqualTo("0.00");
    assertThat(after.path("shortfallTotal").asString()).isEqualTo("24700.00");
    Seen entry = system.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1", creditCode,
        s -> "INSOLVENCY_PAYOUT".equals(s.data().path("kind").asString()));
    assertThat(entry.data().path("requested").asString()).isEqualTo("74700.00");
    assertThat(entry.data().path("amount").asString()).isEqualTo("-50000.00");
    assertThat(entry.data().path("shortfall").asString()).isEqualTo("24700.00");
    assertThat(strings(entry.data().path("ruleIds"))).contains("TC-7", "M-3", "M-1");
  }

  @Test
  @DisplayName("TC-8, EW-6: a collective petition is RED and reaches every member of Taicang's joint meeting")
  void jointMeeting() {
    String creditCode = system.register(TAICANG, "PRODUCTION", "OWNED", 200, true);
    String caseId = system.openCase(creditCode, TAICANG, LocalDate.parse("2026-11-16"), List.of("2026-10"),
        "480000.00", 80).path("caseId").asString();
    system.recordIncident(TAICANG, caseId, "COLLECTIVE_PETITION", LocalDate.parse("2026-11-20"), 80);

    JsonNode ew6 = system.awaitAlert("EW-6", creditCode).data();
    assertThat(ew6.path("level").asString()).isEqualTo("RED");
    assertThat(strings(ew6.path("ruleIds"))).contains("EW-6", "TC-8", "TC-3b");
    assertThat(recipientIds(ew6)).contains("union-320585", "union-320500", "bureau-320585",
        "jm-320585-police", "jm-320585-planning-construction", "jm-320585-petitions", "jm-320585-central-bank",
        "jm-320585-industry-commerce");
    assertThat(RulesFixture.recipientRoles(ew6)).contains("JOINT_MEETING", "ENTERPRISE_UNION");
  }
}
