package io.wageguard.arrears.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.time.Deadline;
import io.wageguard.chassis.time.Periods;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test at least per rule this service owns, with dated cases on the official 2026 calendar. */
class ArrearsRulesTest {

  static final Periods PERIODS = Periods.official();
  static final ArrearsPolicy TAICANG = ArrearsPolicy.seed("TAICANG_LUMP_SUM");
  static final Instant NOW = Instant.parse("2026-10-12T02:00:00Z");
  static final SubmissionValidator VALIDATOR = new SubmissionValidator(Set.of("320585", "320505", "320500"));

  static Submission submission(String start, int workers, String... months) {
    return new Submission("SUB-1", "91350100M000100Y43", LocalDate.parse(start),
        List.of(months).stream().map(YearMonth::parse).toList(), new BigDecimal("82200.00"), workers,
        ReporterRole.UNION, "太仓市总工会", "太总工欠薪〔2026〕1号", "320585", null);
  }

  static ArrearsCase opened(String start, int workers) {
    return ArrearsCase.open("case-1", submission(start, workers, "2026-08"), TAICANG, PERIODS, NOW).next();
  }

  static ReportInput validReport(String deferralEnd) {
    return new ReportInput(new ReportInput.UnionConsent("太仓市某公司工会", "王建国", "2026-09-11"),
        new ReportInput.WorkerConsent("职工代表 李梅、赵强", "2026-09-11"), "职代会讨论通过", deferralEnd, "张总经理",
        "每人先行借支生活费1000元");
  }

  // --- TC-2 report deadline: P-2 (day D not counted) and P-3 (rolled to the next working day) ---

  @Test
  void TC2_reportDeadlineRollsPastNationalDay() {
    // 2026-09-28 + 5 = 10-03, inside National Day (10-01..10-07): next working day 10-08.
    Deadline d = ReportRules.reportDeadline(PERIODS, LocalDate.parse("2026-09-28"), TAICANG);
    assertThat(d.date()).isEqualTo("2026-10-08");
    assertThat(d.ruleIds()).containsExactly("P-2", "P-3");
    assertThat(d.provisional()).isFalse();
    ArrearsCase c = opened("2026-09-28", 4);
    assertThat(c.reportDeadline()).isEqualTo("2026-10-08");
    assertThat(c.reportDeadlineRuleIds()).containsExactly("TC-2", "P-2", "P-3");
  }

  @Test
  void TC2_reportDeadlineRollsPastSpringFestival() {
    // 2026-02-12 + 5 = 02-17, inside the Spring Festival (02-15..02-23): next working day 02-24.
    assertThat(ReportRules.reportDeadline(PERIODS, LocalDate.parse("2026-02-12"), TAICANG).date())
        .isEqualTo("2026-02-24");
  }

  @Test
  void P3_reportDeadlineOnASaturdayRollsToMonday() {
    // 2026-03-16 (Mon) + 5 = 03-21 (Sat): next working day 03-23 (Mon).
    Deadline d = ReportRules.reportDeadline(PERIODS, LocalDate.parse("2026-03-16"), TAICANG);
    assertThat(d.date()).isEqualTo("2026-03-23");
    assertThat(d.nominalDate()).isEqualTo("2026-03-21");
  }

  @Test
  void P4_reportDeadlineOnAMakeUpWorkingDayStaysThere() {
    // 2026-10-05 + 5 = 10-10, a Saturday announced as a make-up working day (调休上班日): no roll.
    Deadline d = ReportRules.reportDeadline(PERIODS, LocalDate.parse("2026-10-05"), TAICANG);
    assertThat(d.date()).isEqualTo("2026-10-10");
    assertThat(d.ruleIds()).containsExactly("P-2");
    // 2026-09-15 + 5 = 09-20, a Sunday make-up working day.
    assertThat(ReportRules.reportDeadline(PERIODS, LocalDate.parse("2026-09-15"), TAICANG).date())
        .isEqualTo("2026-09-20");
  }

  @Test
  void P2_theStartDayIsNotCounted() {
    // 2026-03-04 (Wed) + 5 = 03-09 (Mon): a working day, nothing rolled.
    assertThat(ReportRules.reportDeadline(PERIODS, LocalDate.parse("2026-03-04"), TAICANG).date())
        .isEqualTo("2026-03-09");
  }

  @Test
  void P1_calendarProvisionalForAYearWithoutOfficialCalendar() {
    ArrearsCase c = ArrearsCase.open("c", submission("2027-03-01", 3, "2027-02"), TAICANG, PERIODS, NOW).next();
    assertThat(c.calendarProvisional()).isTrue();
  }

  // --- EW-2: report overdue once the business date is after the deadline ---

  @Test
  void EW2_reportOverdueOnlyAfterTheDeadlineDayAndOnlyOnce() {
    ArrearsCase c = opened("2026-09-28", 4); // deadline 2026-10-08
    assertThat(c.nextDeadlineAt()).contains(LocalDate.parse("2026-10-09"));
    assertThat(c.sweep(LocalDate.parse("2026-10-08"), NOW).changed()).isFalse();

    ArrearsCase.Step step = c.sweep(LocalDate.parse("2026-10-09"), NOW);
    assertThat(step.next().status()).isEqualTo(CaseStatus.REPORT_OVERDUE);
    assertThat(step.facts()).singleElement().isInstanceOf(CaseFact.ReportOverdue.class);
    assertThat(step.facts().getFirst().ruleIds()).contains("TC-2", "EW-2");
    assertThat(step.next().overdue()).isTrue();
    assertThat(step.next().nextDeadlineAt()).isEmpty();
    assertThat(step.next().sweep(LocalDate.parse("2026-10-20"), NOW).changed()).isFalse();
  }

  // --- TC-2a: a report missing a part is not valid; the case stays unreported (EW-3) ---

  @Test
  void TC2a_reportWithoutUnionConsentIsInvalidAndTheCaseStaysUnreported() {
    ArrearsCase c = opened("2026-09-10", 12);
    ReportInput noUnion = new ReportInput(null, validReport("2026-10-09").workerRepresentativeConsent(),
        "职代会讨论通过", "2026-10-09", "张总经理", "借支生活费");
    ArrearsCase.Step step = c.fileReport("r1", noUnion, LocalDate.parse("2026-09-11"), NOW, PERIODS, TAICANG);
    assertThat(step.next().status()).isEqualTo(CaseStatus.OPEN);
    CaseFact.ReportInvalid invalid = (CaseFact.ReportInvalid) step.facts().getFirst();
    assertThat(invalid.reasons()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("unionConsent", "TC-2a"));
    assertThat(invalid.ruleIds()).containsExactly("TC-2a", "EW-3");
  }

  @Test
  void TC2a_everyMissingPartIsNamed() {
    ArrearsCase c = opened("2026-09-10", 12);
    ReportInput empty = new ReportInput(new ReportInput.UnionConsent("工会", " ", null),
        new ReportInput.WorkerConsent(null, "2026-09-30"), null, null, "", null);
    ReportRules.Check check = ReportRules.check(empty, c.arrearsStartDate(), LocalDate.parse("2026-09-11"),
        PERIODS, TAICANG);
    assertThat(check.reasons()).extracting(Violation::field).containsExactlyInAnyOrder(
        "unionConsent.person", "unionConsent.date", "workerRepresentativeConsent.representatives",
        "workerRepresentativeConsent.date", "procedure", "responsiblePerson", "reliefMeasures", "deferralEndDate");
    assertThat(check.reasons()).allMatch(v -> v.rule().equals("TC-2a"));
  }

  // --- TC-2b: the deferral may not exceed 30 days from the start (P-2, P-3) ---

  @Test
  void TC2b_deferralEndingOnTheMakeUpWorkingDayIsTheLimit() {
    // 2026-09-10 + 30 = 10-10, a make-up working day (Saturday): the latest allowed end, not rolled.
    ArrearsCase c = opened("2026-09-10", 12);
    LocalDate filed = LocalDate.parse("2026-09-12");
    ArrearsCase.Step ok = c.fileReport("r1", validReport("2026-10-10"), filed, NOW, PERIODS, TAICANG);
    assertThat(ok.next().status()).isEqualTo(CaseStatus.REPORTED);
    assertThat(ok.next().deferralEndDate()).isEqualTo("2026-10-10");
    assertThat(ok.next().nextDeadlineAt()).contains(LocalDate.parse("2026-10-11"));
    assertThat(((CaseFact.ReportFiled) ok.facts().getFirst()).ruleIds()).containsExactly("TC-2");

    ArrearsCase.Step tooLong = c.fileReport("r2", validReport("2026-10-11"), filed, NOW, PERIODS, TAICANG);
    assertThat(tooLong.next().status()).isEqualTo(CaseStatus.OPEN);
    assertThat(((CaseFact.ReportInvalid) tooLong.facts().getFirst()).reasons())
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("deferralEndDate", "TC-2b"));
  }

  @Test
  void TC2b_deferralCapRollsPastNationalDay() {
    // 2026-09-05 + 30 = 10-05, inside National Day: the period ends on 10-08 (P-3), so 10-08 is allowed.
    LocalDate start = LocalDate.parse("2026-09-05");
    assertThat(ReportRules.latestDeferralEnd(PERIODS, start, TAICANG).date()).isEqualTo("2026-10-08");
    assertThat(ReportRules.check(validReport("2026-10-08"), start, LocalDate.parse("2026-09-12"), PERIODS, TAICANG)
        .valid()).isTrue();
    assertThat(ReportRules.check(validReport("2026-10-09"), start, LocalDate.parse("2026-09-12"), PERIODS, TAICANG)
        .reasons()).extracting(Violation::rule).containsExactly("TC-2b");
  }

  @Test
  void TC2_lateValidReportMovesAnOverdueCaseOn() {
    ArrearsCase overdue = opened("2026-09-28", 4).sweep(LocalDate.parse("2026-10-09"), NOW).next();
    ArrearsCase.Step step = overdue.fileReport("r1", validReport("2026-10-20"), LocalDate.parse("2026-10-09"), NOW,
        PERIODS, TAICANG);
    assertThat(step.next().status()).isEqualTo(CaseStatus.REPORTED);
    assertThat(((CaseFact.ReportFiled) step.facts().getFirst()).filedLate()).isTrue();
    // The same report again changes nothing.
    assertThat(step.next().fileReport("r1", validReport("2026-10-20"), LocalDate.parse("2026-10-09"), NOW, PERIODS,
        TAICANG).changed()).isFalse();
  }

  // --- EW-4: the deferral ends with wages unpaid ---

  @Test
  void EW4_deferralLapsesWhenWagesAreStillUnpaid() {
    ArrearsCase reported = opened("2026-09-10", 12)
        .fileReport("r1", validReport("2026-10-10"), LocalDate.parse("2026-09-12"), NOW, PERIODS, TAICANG).next();
    assertThat(reported.sweep(LocalDate.parse("2026-10-10"), NOW).changed()).isFalse();
    ArrearsCase.Step lapsed = reported.sweep(LocalDate.parse("2026-10-11"), NOW);
    assertThat(lapsed.next().status()).isEqualTo(CaseStatus.DEFERRAL_LAPSED);
    CaseFact.DeferralLapsed fact = (CaseFact.DeferralLapsed) lapsed.facts().getFirst();
    assertThat(fact.amountOutstanding()).isEqualByComparingTo("82200.00");
    assertThat(fact.ruleIds()).contains("EW-4", "EW-9");
  }

  @Test
  void EW4_noLapseWhenPaidInFull() {
    ArrearsCase reported = opened("2026-09-10", 12)
        .fileReport("r1", validReport("2026-10-10"), LocalDate.parse("2026-09-12"), NOW, PERIODS, TAICANG).next();
    ArrearsCase paid = reported.settle("p1", new BigDecimal("82200.00"), LocalDate.parse("2026-10-09"),
        LocalDate.parse("2026-10-09"), NOW).next();
    assertThat(paid.status()).isEqualTo(CaseStatus.SETTLED);
    assertThat(paid.nextDeadlineAt()).isEmpty();
    assertThat(paid.sweep(LocalDate.parse("2026-10-12"), NOW).changed()).isFalse();
  }

  // --- TC-1: settlement, partial then full; never more than owed ---

  @Test
  void TC1_partialThenFullSettlement() {
    ArrearsCase c = opened("2026-09-10", 12);
    LocalDate day = LocalDate.parse("2026-09-20");
    ArrearsCase.Step part = c.settle("p1", new BigDecimal("40000.00"), day, day, NOW);
    CaseFact.Settled first = (CaseFact.Settled) part.facts().getFirst();
    assertThat(first.amountOutstanding()).isEqualByComparingTo("42200.00");
    assertThat(first.fullySettled()).isFalse();
    assertThat(part.next().status()).isEqualTo(CaseStatus.OPEN);
    assertThatThrownBy(() -> part.next().settle("p2", new BigDecimal("42200.01"), day, day, NOW))
        .isInstanceOf(RuleBroken.class).hasMessageContaining("amountPaid");
    ArrearsCase.Step rest = part.next().settle("p3", new BigDecimal("42200.00"), day, day, NOW);
    assertThat(((CaseFact.Settled) rest.facts().getFirst()).fullySettled()).isTrue();
    assertThat(rest.next().status()).isEqualTo(CaseStatus.SETTLED);
  }

  // --- EW-9 / P-6: 10 or more workers is group arrears ---

  @Test
  void EW9_tenWorkersIsGroupArrearsNineIsNot() {
    assertThat(opened("2026-09-10", 10).groupArrears()).isTrue();
    assertThat(opened("2026-09-10", 9).groupArrears()).isFalse();
    assertThat(ArrearsCase.open("c", submission("2026-09-10", 10, "2026-08"), TAICANG, PERIODS, NOW).facts()
        .getFirst().ruleIds()).contains("EW-9");
  }

  // --- TC-3b / HT-5: incidents ---

  @Test
  void TC3b_HT5_collectivePetitionIsRecordedWithItsRules() {
    ArrearsCase.Step step = opened("2026-09-10", 12).recordIncident("i1", IncidentKind.COLLECTIVE_PETITION,
        LocalDate.parse("2026-10-09"), 11, LocalDate.parse("2026-10-12"), NOW);
    assertThat(step.facts().getFirst().ruleIds()).containsExactly("TC-3b", "HT-5");
    assertThatThrownBy(() -> opened("2026-09-10", 12).recordIncident("i2", IncidentKind.STRIKE,
        LocalDate.parse("2026-10-13"), 11, LocalDate.parse("2026-10-12"), NOW))
        .isInstanceOf(RuleBroken.class).hasMessageContaining("occurredOn");
  }

  // --- TC-3c / HT-4: 2 months in a row or 3 in total within 24 months ---

  @Test
  void TC3c_twoMonthsInARowReachTheThreshold() {
    LocalDate asOf = LocalDate.parse("2026-03-20");
    var one = ArrearsHistory.count(List.of(YearMonth.parse("2026-01")), asOf, TAICANG);
    assertThat(ArrearsHistory.reached(one, TAICANG)).isFalse();
    var two = ArrearsHistory.count(List.of(YearMonth.parse("2026-01"), YearMonth.parse("2026-02")), asOf, TAICANG);
    assertThat(two.monthsInRow()).isEqualTo(2);
    assertThat(ArrearsHistory.crossed(false, two, TAICANG)).isTrue();
    assertThat(ArrearsHistory.crossed(true, two, TAICANG)).isFalse(); // once per crossing
  }

  @Test
  void HT4_threeMonthsInTotalWithinTwoYearsReachTheThreshold() {
    LocalDate asOf = LocalDate.parse("2026-10-12");
    List<YearMonth> apart = List.of(YearMonth.parse("2024-11"), YearMonth.parse("2025-06"), YearMonth.parse("2026-09"));
    var count = ArrearsHistory.count(apart, asOf, TAICANG);
    assertThat(count.monthsInRow()).isEqualTo(1);
    assertThat(count.monthsInTotal()).isEqualTo(3);
    assertThat(ArrearsHistory.reached(count, TAICANG)).isTrue();
    // 2024-10 is 25 months back from 2026-10: outside the window.
    var older = ArrearsHistory.count(List.of(YearMonth.parse("2024-10"), YearMonth.parse("2025-06"),
        YearMonth.parse("2026-09")), asOf, TAICANG);
    assertThat(older.monthsInTotal()).isEqualTo(2);
    assertThat(ArrearsHistory.reached(older, TAICANG)).isFalse();
  }

  // --- Submission validation ---

  static SubmissionInput input(String code, String amount, Integer workers, String jurisdiction) {
    return new SubmissionInput(code, "2026-09-28", List.of("2026-08"), amount, workers, "UNION", "太仓市总工会", null,
        jurisdiction);
  }

  @Test
  void M1_everyBrokenFieldIsNamedAtOnce() {
    var result = VALIDATOR.validate("S1", new SubmissionInput("91350100M000100Y44", "2026-02-30",
        List.of("2026-13"), "56400.5", 0, "BOSS", " ", null, null), Optional.empty(), LocalDate.parse("2026-10-12"));
    assertThat(result.valid()).isFalse();
    assertThat(result.violations()).extracting(Violation::field).containsExactly("creditCode", "arrearsStartDate",
        "wageMonths/0", "amountOwed", "workersAffected", "reporterRole", "reporter", "jurisdiction");
    assertThat(result.violations()).filteredOn(v -> v.field().equals("amountOwed"))
        .extracting(Violation::rule).containsExactly("M-1");
  }

  @Test
  void unknownEnterpriseWithoutJurisdictionIsInvalid_registryJurisdictionWins() {
    LocalDate today = LocalDate.parse("2026-10-12");
    String code = "91350100M000100Y43";
    assertThat(VALIDATOR.validate("S", input(code, "100.00", 3, null), Optional.empty(), today).violations())
        .extracting(Violation::field).containsExactly("jurisdiction");
    var known = Optional.of(new KnownEnterprise(code, "某公司", "320505", "ACTIVE"));
    var result = VALIDATOR.validate("S", input(code, "100.00", 3, "320585"), known, today);
    assertThat(result.submission().jurisdiction()).isEqualTo("320505");
    assertThat(VALIDATOR.validate("S", input(code, "100.00", 3, null), known, today).valid()).isTrue();
  }

  @Test
  void P1_arrearsCannotStartInTheFuture() {
    var result = VALIDATOR.validate("S", new SubmissionInput("91350100M000100Y43", "2026-10-13", List.of("2026-09"),
        "1.00", 1, "LABOUR_BUREAU", "局", null, "320585"), Optional.empty(), LocalDate.parse("2026-10-12"));
    assertThat(result.violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("arrearsStartDate", "P-1"));
  }

  @Test
  void policiesFollowTheJurisdictionThenItsParentThenTheDefault() {
    var policies = new ArrearsPolicies(java.util.Map.of("TAICANG_LUMP_SUM", TAICANG),
        java.util.Map.of("320585", Optional.of("TAICANG_LUMP_SUM"), "320506", Optional.empty(),
            "320500", Optional.empty()),
        java.util.Map.of("320506", "320500"), ArrearsPolicy.seed("SUZHOU_DEFAULT"));
    assertThat(policies.forJurisdiction("320585").policyVersion()).isEqualTo("TAICANG_LUMP_SUM/1");
    assertThat(policies.forJurisdiction("320506").policyVersion()).isEqualTo("SUZHOU_DEFAULT/1");
  }

  // --- issue 14: a provisional deadline recomputed when its year's calendar arrives (P-3, P-4) ---

  static Periods withFictional2027() {
    var fictional = io.wageguard.chassis.time.CalendarFileCheck.check("2027.json",
        io.wageguard.testsupport.FictionalCalendar.year2027().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var years = new java.util.ArrayList<>(PERIODS.calendar().officialYears().stream()
        .map(y -> PERIODS.calendar().year(y).orElseThrow()).toList());
    years.add(fictional.calendar());
    return new Periods(io.wageguard.chassis.time.WorkingDayCalendar.of(years));
  }

  @Test
  void P4_aProvisionalReportDeadlineIsRecomputedOnTheOfficialCalendar() {
    ArrearsCase provisional = opened("2026-12-28", 3);
    assertThat(provisional.reportDeadline()).isEqualTo(LocalDate.parse("2027-01-04"));
    assertThat(provisional.calendarProvisional()).isTrue();

    ArrearsCase.Step step = provisional.recomputeReportDeadline(withFictional2027(), TAICANG, "v-2027", NOW);

    assertThat(step.changed()).isTrue();
    ArrearsCase next = step.next();
    assertThat(next.reportDeadline()).isEqualTo(LocalDate.parse("2027-01-06"));
    assertThat(next.calendarProvisional()).isFalse();
    assertThat(next.reportDeadlineRuleIds()).containsExactly("TC-2", "P-2", "P-3");
    assertThat(next.nextDeadlineAt()).contains(LocalDate.parse("2027-01-07"));
    TimelineEntry entry = next.timeline().getLast();
    assertThat(entry.type()).isEqualTo("REPORT_DEADLINE_RECOMPUTED");
    assertThat(entry.ruleIds()).containsExactly("TC-2", "P-2", "P-3", "P-4");
    assertThat(entry.facts()).containsEntry("previousReportDeadline", "2027-01-04")
        .containsEntry("calendarVersion", "v-2027").containsEntry("calendarProvisional", "false");
    assertThat(step.facts()).singleElement().isInstanceOfSatisfying(CaseFact.ReportDeadlineChanged.class, f -> {
      assertThat(f.previousDeadline()).isEqualTo(LocalDate.parse("2027-01-04"));
      assertThat(f.previousProvisional()).isTrue();
    });
    // Recomputing again on the same calendar changes nothing.
    assertThat(next.recomputeReportDeadline(withFictional2027(), TAICANG, "v-2027", NOW).changed()).isFalse();
  }

  @Test
  void P4_aStillProvisionalOrNoLongerOpenCaseIsLeftAsItIs() {
    ArrearsCase provisional = opened("2026-12-28", 3);
    assertThat(provisional.recomputeReportDeadline(PERIODS, TAICANG, "v", NOW).changed()).isFalse();
    ArrearsCase overdue = provisional.sweep(LocalDate.parse("2027-01-05"), NOW).next();
    assertThat(overdue.status()).isEqualTo(CaseStatus.REPORT_OVERDUE);
    assertThat(overdue.recomputeReportDeadline(withFictional2027(), TAICANG, "v", NOW).changed()).isFalse();
    assertThat(opened("2026-09-28", 3).recomputeReportDeadline(withFictional2027(), TAICANG, "v", NOW).changed())
        .isFalse();
  }
}
