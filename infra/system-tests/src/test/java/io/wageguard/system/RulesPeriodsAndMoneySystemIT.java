package io.wageguard.system;

import static io.wageguard.system.RulesFixture.HIGH_TECH_ZONE;
import static io.wageguard.system.RulesFixture.TAICANG;
import static io.wageguard.system.RulesFixture.bank;
import static io.wageguard.system.RulesFixture.dataField;
import static io.wageguard.system.RulesFixture.labourBureau;
import static io.wageguard.system.RulesFixture.ok;
import static io.wageguard.system.RulesFixture.rejected;
import static io.wageguard.system.RulesFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.testsupport.TopicProbe.Seen;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * RULES.md "Periods and dates" (P-1..P-6) and "Money" (M-1..M-3), end to end through REST and topics, with
 * dates that cross the 2026 Spring Festival (holiday 02-15..02-23, make-up working days 02-14 and 02-28) and
 * National Day (10-01..10-07, make-up 10-10) of contracts/reference/calendar/2026.json.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RulesPeriodsAndMoneySystemIT {

  @RegisterExtension
  static final RulesFixture system = new RulesFixture();

  @Test
  @DisplayName("P-1: arrears that start tomorrow in Asia/Shanghai are refused over REST and on the topic; today is accepted")
  void businessDatesAreShanghaiDates() {
    Enterprise firm = system.given().enterprise(TAICANG).production().owned().employees(40).registered();
    LocalDate today = RunningSystem.today();
    LocalDate tomorrow = today.plusDays(1);

    rejected(system.as(labourBureau(TAICANG)).post("arrears-reporting", "/api/cases", """
        {"submissionId":"%s","creditCode":"%s","jurisdiction":"%s","arrearsStartDate":"%s","wageMonths":["%s"],
         "amountOwed":"12000.00","workersAffected":3,"reporterRole":"LABOUR_BUREAU","reporter":"劳动监察大队"}"""
        .formatted(UUID.randomUUID(), firm.creditCode, TAICANG, tomorrow,
            today.minusMonths(1).toString().substring(0, 7))),
        422, "arrearsStartDate", "P-1");

    String submissionId = UUID.randomUUID().toString();
    system.probe.send("arrears.submissions", firm.creditCode, """
        {"specversion":"1.0","id":"%s","source":"/labour-bureau/taicang","type":"wageguard.arrears.submission.v1",
         "subject":"%s","datacontenttype":"application/json","data":{"creditCode":"%s","jurisdiction":"%s",
         "arrearsStartDate":"%s","wageMonths":["%s"],"amountOwed":"12000.00","workersAffected":3,
         "reporterRole":"LABOUR_BUREAU","reporter":"太仓市劳动和社会保障局"}}"""
        .formatted(submissionId, firm.creditCode, firm.creditCode, TAICANG, tomorrow,
            today.minusMonths(1).toString().substring(0, 7)));
    Seen rejection = firm.awaitEvent("wageguard.arrears.submission-rejected.v1",
        dataField("submissionId", submissionId));
    assertThat(rejection.data().path("reasons").valueStream()
        .anyMatch(r -> r.path("field").asString().endsWith("arrearsStartDate") && "P-1".equals(r.path("rule").asString())))
        .as("reasons %s", rejection.data().path("reasons")).isTrue();

    JsonNode opened = firm.openCase(today, List.of(today.toString().substring(0, 7)),
        "12000.00", 3);
    assertThat(opened.path("arrearsStartDate").asString()).isEqualTo(today.toString());
    assertThat(opened.path("status").asString()).isEqualTo("OPEN");
  }

  @Test
  @DisplayName("P-2, P-3: arrears from 2026-02-12 are reported by 2026-02-24 (02-17 falls in the Spring Festival)")
  void periodEndingInTheSpringFestivalMovesToTheNextWorkingDay() {
    Enterprise firm = system.given().enterprise(TAICANG).production().owned().employees(40).registered();
    JsonNode opened = firm.openCase(LocalDate.parse("2026-02-12"), List.of("2026-01"),
        "52000.00", 4);
    assertThat(opened.path("reportDeadline").asString()).isEqualTo("2026-02-24");
    assertThat(strings(opened.path("reportDeadlineRuleIds"))).containsExactly("TC-2", "P-2", "P-3");
    // P-2: day D is not counted, so the nominal end is D+5 = 02-17.
    assertThat(opened.path("timeline").get(0).path("facts").path("nominalDeadline").asString()).isEqualTo("2026-02-17");

    Seen caseOpened = firm.awaitEvent("wageguard.arrears.case-opened.v1");
    assertThat(caseOpened.data().path("reportDeadline").asString()).isEqualTo("2026-02-24");
    assertThat(caseOpened.data().path("calendarProvisional").asBoolean()).isFalse();
    Seen overdue = firm.awaitEvent("wageguard.arrears.report-overdue.v1");
    assertThat(overdue.data().path("reportDeadline").asString()).isEqualTo("2026-02-24");
  }

  @Test
  @DisplayName("P-2, P-3: arrears from 2026-02-09 are due on Saturday 2026-02-14, a Spring Festival make-up working day; "
      + "from 2026-09-28 on 2026-10-08, after National Day")
  void makeUpWorkingDayEndsAPeriodAndNationalDayDoesNot() {
    Enterprise firm = system.given().enterprise(TAICANG).production().owned().employees(40).registered();
    JsonNode makeUpDay = firm.openCase(LocalDate.parse("2026-02-09"), List.of("2026-01"),
        "52000.00", 4);
    assertThat(makeUpDay.path("reportDeadline").asString()).isEqualTo("2026-02-14");
    // a working day: P-3 does not move it
    assertThat(strings(makeUpDay.path("reportDeadlineRuleIds"))).containsExactly("TC-2", "P-2");

    JsonNode nationalDay = firm.openCase(LocalDate.parse("2026-09-28"), List.of("2026-08"),
        "52000.00", 4);
    assertThat(nationalDay.path("reportDeadline").asString()).isEqualTo("2026-10-08");
    assertThat(strings(nationalDay.path("reportDeadlineRuleIds"))).containsExactly("TC-2", "P-2", "P-3");
    Seen overdue = firm.awaitEvent("wageguard.arrears.report-overdue.v1",
        dataField("caseId", nationalDay.path("caseId").asString()));
    assertThat(overdue.data().path("reportDeadline").asString()).isEqualTo("2026-10-08");
    assertThat(strings(overdue.data().path("ruleIds"))).contains("TC-2", "P-2", "P-3", "EW-2");
  }

  @Test
  @DisplayName("P-5, P-3, TC-4: an agreement signed 2025-12-31 makes the deposit due 2026-02-28 (no 02-31; the "
      + "make-up Saturday is a working day); one signed 2026-08-01 makes it due 2026-10-08, after National Day")
  void monthPeriodsClampToTheMonthEndAndRollOverHolidays() {
    Enterprise monthEnd = system.given().enterprise(TAICANG).production().leased().employees(80).registered();
    Enterprise holiday = system.given().enterprise(TAICANG).production().leased().employees(80).registered();
    for (Enterprise code : List.of(monthEnd, holiday)) {
      code.payroll(2025, "3000000.00");
      code.awaitRequiredAmount("600000.00");
    }

    JsonNode first = ok(monthEnd.agreement("""
            {"signedOn":"2025-12-31","witnessedBy":"太仓市总工会"}"""));
    assertThat(first.path("requirement").path("outcome").asString()).isEqualTo("REQUIRED");
    JsonNode due = deadline(monthEnd.awaitObligation(o -> deadline(o, "TC-4_DEPOSIT").path("dueDate").isString()),
        "TC-4_DEPOSIT");
    assertThat(due.path("dueDate").asString()).isEqualTo("2026-02-28");
    assertThat(strings(due.path("ruleIds"))).containsExactly("TC-4", "P-5");

    ok(holiday.agreement("""
        {"signedOn":"2026-08-01","witnessedBy":"太仓市总工会"}"""));
    Seen assessed = holiday.awaitEvent("wageguard.deposit.obligation-assessed.v1",
        s -> s.data().path("deadlines").valueStream().anyMatch(d -> d.path("dueDate").isString()));
    JsonNode rolled = deadline(assessed.data(), "TC-4_DEPOSIT");
    assertThat(rolled.path("dueDate").asString()).isEqualTo("2026-10-08");
    assertThat(rolled.path("amount").asString()).isEqualTo("600000.00");
    // The date was moved by P-3 (10-01 is National Day), so the decision cites P-3 as well.
    assertThat(strings(rolled.path("ruleIds"))).containsExactly("TC-4", "P-5", "P-3");
  }

  @Test
  @DisplayName("P-6, EW-9: ten workers are group arrears and raise EW-1 from BLUE to YELLOW; nine are not")
  void tenWorkersIsGroupArrears() {
    Enterprise ten = system.given().enterprise(TAICANG).production().owned().employees(40).withOwnUnion().registered();
    Enterprise nine = system.given().enterprise(TAICANG).production().owned().employees(40).withOwnUnion().registered();
    JsonNode tenCase = ten.openCase(LocalDate.parse("2026-11-02"), List.of("2026-10"), "60000.00", 10);
    JsonNode nineCase = nine.openCase(LocalDate.parse("2026-11-02"), List.of("2026-10"), "54000.00", 9);
    assertThat(tenCase.path("groupArrears").asBoolean()).isTrue();
    assertThat(nineCase.path("groupArrears").asBoolean()).isFalse();

    JsonNode group = ten.awaitAlert("EW-1").data();
    assertThat(group.path("baseLevel").asString()).isEqualTo("BLUE");
    assertThat(group.path("level").asString()).isEqualTo("YELLOW");
    assertThat(strings(group.path("ruleIds"))).contains("EW-1", "EW-9", "P-6");

    JsonNode single = nine.awaitAlert("EW-1").data();
    assertThat(single.path("level").asString()).isEqualTo("BLUE");
    assertThat(strings(single.path("ruleIds"))).doesNotContain("EW-9");
  }

  @Test
  @DisplayName("M-1: an amount owed without fen is refused naming M-1, on REST and on the topic; 20% of "
      + "12,345,678.91 is required as 2,469,135.79 (rounded up to the fen)")
  void amountsAreYuanWithFen() {
    Enterprise firm = system.given().enterprise(TAICANG).production().leased().employees(150).registered();
    rejected(system.as(labourBureau(TAICANG)).post("arrears-reporting", "/api/cases", """
        {"submissionId":"%s","creditCode":"%s","jurisdiction":"%s","arrearsStartDate":"2026-11-02","wageMonths":["2026-10"],
         "amountOwed":"52000","workersAffected":4,"reporterRole":"LABOUR_BUREAU","reporter":"劳动监察大队"}"""
        .formatted(UUID.randomUUID(), firm.creditCode, TAICANG)), 422, "amountOwed", "M-1");

    String submissionId = UUID.randomUUID().toString();
    system.probe.send("arrears.submissions", firm.creditCode, """
        {"specversion":"1.0","id":"%s","source":"/labour-bureau/taicang","type":"wageguard.arrears.submission.v1",
         "subject":"%s","datacontenttype":"application/json","data":{"creditCode":"%s","jurisdiction":"%s",
         "arrearsStartDate":"2026-11-02","wageMonths":["2026-10"],"amountOwed":"52000.5","workersAffected":4,
         "reporterRole":"UNION","reporter":"太仓市总工会"}}"""
        .formatted(submissionId, firm.creditCode, firm.creditCode, TAICANG));
    Seen rejection = firm.awaitEvent("wageguard.arrears.submission-rejected.v1",
        dataField("submissionId", submissionId));
    assertThat(rejection.data().path("reasons").toString()).contains("amountOwed").contains("M-1");

    firm.payroll(2025, "12345678.91");
    JsonNode obligation = firm.awaitRequiredAmount("2469135.79");
    assertThat(strings(obligation.path("ruleIds"))).contains("TC-4", "M-1");
  }

  @Test
  @DisplayName("M-2: a wrong deposit is corrected by a reversing entry; the original entry is unchanged, the hash "
      + "chain verifies, and an entry is reversed only once")
  void ledgerIsAppendOnly() {
    Enterprise firm = system.given().enterprise(TAICANG).production().leased().employees(60).registered();
    firm.payroll(2025, "1000000.00");
    firm.awaitRequiredAmount("200000.00");
    ok(firm.agreement("""
        {"signedOn":"2026-11-02","witnessedBy":"太仓市总工会"}"""));
    JsonNode afterDeposit = ok(firm.credit("""
            {"kind":"DEPOSIT","amount":"20000.00","valueDate":"2026-11-03","reference":"BANK-WRONG-0001"}"""));
    JsonNode wrong = afterDeposit.path("ledger").get(0);
    String entryId = wrong.path("entryId").asString();

    JsonNode afterReversal = ok(firm.reversal(entryId, """
            {"valueDate":"2026-11-04","reason":"金额录入错误"}"""));
    assertThat(afterReversal.path("balance").asString()).isEqualTo("0.00");

    JsonNode ledger = firm.ledger();
    List<JsonNode> entries = entries(ledger);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0)).isEqualTo(wrong);
    JsonNode reversal = entries.get(1);
    assertThat(reversal.path("kind").asString()).isEqualTo("REVERSAL");
    assertThat(reversal.path("amount").asString()).isEqualTo("-20000.00");
    assertThat(reversal.path("reverses").asString()).isEqualTo(entryId);
    assertThat(reversal.path("previousHash").asString()).isEqualTo(wrong.path("hash").asString());
    assertThat(strings(reversal.path("ruleIds"))).contains("M-2");

    JsonNode verification = firm.ledgerVerification();
    assertThat(verification.path("valid").asBoolean()).as("verification %s", verification).isTrue();

    rejected(firm.reversal(entryId, """
            {"valueDate":"2026-11-05","reason":"再次冲正"}"""), 422, "entryId", "M-2");

    Seen recorded = firm.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1",
        s -> "REVERSAL".equals(s.data().path("kind").asString()));
    assertThat(recorded.data().path("reverses").asString()).isEqualTo(entryId);
  }

  @Test
  @DisplayName("M-3, HT-5: a direct payout larger than the balance pays the balance, leaves 0.00 and records the shortfall")
  void payoutNeverTakesTheBalanceBelowZero() {
    Enterprise firm = system.given().enterprise(HIGH_TECH_ZONE)
        .production().leased().employees(150).withOwnUnion().registered();
    firm.payroll(2025, "1000000.00");
    firm.awaitRequiredAmount("200000.00");
    ok(firm.certificate("""
            {"issuedOn":"2026-11-02"}"""));
    ok(firm.account("""
        {"openedOn":"2026-11-03","bank":"中国银行苏州高新技术产业开发区支行","accountNumber":"4806-%s"}"""
        .formatted(firm.creditCode.substring(10))));
    ok(firm.credit("""
        {"kind":"CONTRIBUTION","amount":"30000.00","valueDate":"2026-11-04","reference":"HT2-M3-0001"}"""));
    JsonNode opened = firm.openCase(LocalDate.parse("2026-11-05"), List.of("2026-10"),
        "90000.00", 30);
    firm.recordIncident(opened.path("caseId").asString(), "STRIKE", LocalDate.parse("2026-11-06"), 30);
    firm.awaitFacts(f -> f.path("incidents").size() > 0);

    ok(firm.payout("""
        {"kind":"DIRECT_PAYOUT","amount":"45000.00","valueDate":"2026-11-09","reference":"HT5-M3-0001",
         "requestedBy":"LABOUR_BUREAU","approvedBy":"WAGE_GUARANTEE_GROUP","workers":30}"""));
    Seen payout = firm.awaitEvent("wageguard.deposit.ledger-entry-recorded.v1",
        s -> "DIRECT_PAYOUT".equals(s.data().path("kind").asString()));
    assertThat(payout.data().path("amount").asString()).isEqualTo("-30000.00");
    assertThat(payout.data().path("requested").asString()).isEqualTo("45000.00");
    assertThat(payout.data().path("shortfall").asString()).isEqualTo("15000.00");
    assertThat(payout.data().path("balanceAfter").asString()).isEqualTo("0.00");
    assertThat(strings(payout.data().path("ruleIds"))).contains("HT-5", "M-3");

    JsonNode status = firm.status(LocalDate.parse("2026-11-09"));
    assertThat(status.path("balance").asString()).isEqualTo("0.00");
    assertThat(status.path("shortfallTotal").asString()).isEqualTo("15000.00");
  }

  static JsonNode deadline(JsonNode obligation, String kind) {
    return obligation.path("deadlines").valueStream().filter(d -> kind.equals(d.path("obligation").asString()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " deadline in " + obligation));
  }

  static List<JsonNode> entries(JsonNode ledger) {
    JsonNode list = ledger.isArray() ? ledger : ledger.path("entries");
    return list.valueStream().toList();
  }
}
