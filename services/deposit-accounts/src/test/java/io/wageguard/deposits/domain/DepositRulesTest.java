package io.wageguard.deposits.domain;

import static io.wageguard.deposits.domain.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wageguard.chassis.rules.RuleBroken;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test at least per rule ID of deposit-accounts, with the seed's numbers (20%, 10%, 2 months, 30 days, 10 working days, 20..300, 1-3 months). */
class DepositRulesTest {

  static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

  // ------------------------------------------------------------------ policies are data

  @Test
  void policiesAreLoadedFromDataWithTheSeedsParameters() {
    Policy tc = taicang();
    assertThat(tc.ref()).isEqualTo(new PolicyRef("TAICANG_LUMP_SUM", 1));
    assertThat(tc.lumpSum().rate()).isEqualByComparingTo("0.20");
    assertThat(tc.lumpSum().depositWithinMonths()).isEqualTo(2);
    assertThat(tc.lumpSum().topUpWithinDays()).isEqualTo(30);
    assertThat(tc.lumpSum().exemption()).isEqualTo(Policy.ExemptionReading.ANY);
    Policy ht = highTechZone();
    assertThat(ht.monthly().monthlyRate()).isEqualByComparingTo("0.10");
    assertThat(ht.monthly().capRate()).isEqualByComparingTo("0.20");
    assertThat(ht.monthly().accountWithinWorkingDays()).isEqualTo(10);
    assertThat(ht.monthly().contributionDueDay()).isZero(); // the month's last day
  }

  @Test
  void noPolicy_jurisdictionWithoutPolicyIsSaidExplicitly() {
    Deposit d = enterprise("320506", "PRODUCTION", "LEASED", 50);
    Assessment a = ObligationAssessor.assess(d.facts(), BOOK.inForce("320506", MARCH_2), MARCH_2);
    assertThat(a.outcome()).isEqualTo(Outcome.NO_POLICY);
    assertThat(a.policy()).isNull();
    assertThat(BOOK.inForce("320500", MARCH_2)).isEmpty();
  }

  // ------------------------------------------------------------------ TC-3, TC-4, TC-6

  @Test
  void TC3a_arrearsInTheLastTwoYearsRequireADeposit_butNotOlderOnes() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "OWNED", 50);
    d.facts().openCase(new EnterpriseFacts.ArrearsCase("old", LocalDate.of(2023, 5, 1), List.of("2023-04"),
        Money.of("1000.00"), Money.ZERO, 3, false, LocalDate.of(2023, 6, 1)), null, src("case"));
    assertThat(ObligationAssessor.assess(d.facts(), Optional.of(taicang()), MARCH_2).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    arrears(d, "c1", LocalDate.of(2025, 8, 15), List.of("2025-07"), "86400.00");
    Assessment a = ObligationAssessor.assess(d.facts(), Optional.of(taicang()), MARCH_2);
    assertThat(a.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(a.clauses()).containsExactly("TC-3a");
  }

  @Test
  void TC3b_collectivePetitionRequiresADeposit() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "OWNED", 50);
    d.facts().recordIncident(new EnterpriseFacts.Incident("i1", null, "COLLECTIVE_PETITION", LocalDate.of(2025, 9, 1), 30),
        null, src("incident"));
    assertThat(ObligationAssessor.assess(d.facts(), Optional.of(taicang()), MARCH_2).clauses()).containsExactly("TC-3b");
  }

  @Test
  void TC3c_twoMonthsInARowOrThreeInTotal() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "OWNED", 50);
    arrears(d, "c1", LocalDate.of(2025, 8, 15), List.of("2025-06", "2025-07"), "86400.00");
    assertThat(ObligationAssessor.assess(d.facts(), Optional.of(taicang()), MARCH_2).clauses())
        .containsExactly("TC-3a", "TC-3c");
    Deposit scattered = enterprise(TAICANG, "PRODUCTION", "OWNED", 50);
    arrears(scattered, "c1", LocalDate.of(2025, 2, 15), List.of("2025-01"), "100.00");
    arrears(scattered, "c2", LocalDate.of(2025, 5, 15), List.of("2025-04"), "100.00");
    assertThat(ObligationAssessor.assess(scattered.facts(), Optional.of(taicang()), MARCH_2).clauses())
        .doesNotContain("TC-3c");
    arrears(scattered, "c3", LocalDate.of(2025, 9, 15), List.of("2025-08"), "100.00");
    assertThat(ObligationAssessor.assess(scattered.facts(), Optional.of(taicang()), MARCH_2).clauses())
        .contains("TC-3c");
  }

  @Test
  void TC3d_leasedPremisesRequireADeposit_andEveryMatchedClauseIsRecorded() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "LEASED", 50);
    arrears(d, "c1", LocalDate.of(2025, 8, 15), List.of("2025-07"), "86400.00");
    payroll(d, "2025", "1234567.81");
    Assessment a = ObligationAssessor.assess(d.facts(), Optional.of(taicang()), MARCH_2);
    assertThat(a.clauses()).containsExactly("TC-3a", "TC-3d");
    assertThat(a.ruleIds()).contains("TC-3a", "TC-3d", "TC-4", "M-1");
    assertThat(a.facts()).containsEntry("premises", "LEASED").containsEntry("annualPayroll[2025]", "1234567.81");
    assertThat(a.policy()).isEqualTo(new PolicyRef("TAICANG_LUMP_SUM", 1));
  }

  @Test
  void TC4_twentyPercentOfLastYearsPayrollRoundedUpToTheFen_dueTwoMonthsAfterSigning() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "LEASED", 50);
    payroll(d, "2025", "1234567.81"); // 20% = 246913.562 → 246913.57 (half-up would give .56)
    d.settle(ctx(taicang(), MARCH_2));
    assertThat(d.assessment().requiredAmount()).isEqualByComparingTo("246913.57");
    assertThat(d.assessment().requiredAmount().scale()).isEqualTo(2);

    d.signAgreement(ctx(taicang(), LocalDate.of(2026, 3, 4)), LocalDate.of(2026, 3, 4), "Taicang Federation of Trade Unions");
    DueItem due = d.dueItems().getFirst();
    assertThat(due.obligation()).isEqualTo(DueItem.TC4_DEPOSIT);
    // P-5: 2026-05-04 falls in the Labour Day closure (05-01..05-05), P-3 rolls it to 05-06.
    assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(due.ruleIds()).containsExactly("TC-4", "P-5", "P-3");
    assertThat(due.amount()).isEqualByComparingTo("246913.57");
    assertThat(d.assessment().deadlines().getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 5, 6));
    // The obligation names the same rules as its due item (the system suite found P-3 missing here).
    assertThat(d.assessment().deadlines().getFirst().ruleIds()).containsExactly("TC-4", "P-5", "P-3");

    assertThatThrownBy(() -> d.signAgreement(ctx(taicang(), MARCH_2), MARCH_2, " "))
        .isInstanceOf(RuleBroken.class);
  }

  @Test
  void TC4_depositMetWhenTheBalanceReachesTheRequirement() {
    Deposit d = taicangAgreementSigned();
    d.credit(ctx(taicang(), LocalDate.of(2026, 4, 10)), EntryKind.DEPOSIT, Money.of("246913.57"), LocalDate.of(2026, 4, 10), "slip");
    assertThat(d.dueItems().getFirst().metOn()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(d.statusAsOf(LocalDate.of(2026, 4, 10)).compliance()).isEqualTo("COMPLIANT");
  }

  @Test
  void TC5_payoutLeavingTheBalanceShortMakesATopUpDueWithin30Days() {
    Deposit d = taicangAgreementSigned();
    d.credit(ctx(taicang(), LocalDate.of(2026, 4, 10)), EntryKind.DEPOSIT, Money.of("246913.57"), LocalDate.of(2026, 4, 10), "slip");
    arrears(d, "c2", LocalDate.of(2026, 5, 20), List.of("2026-04"), "50000.00");
    LocalDate payday = LocalDate.of(2026, 6, 1);
    d.payout(ctx(taicang(), payday), new Deposit.PayoutRequest(EntryKind.INSOLVENCY_PAYOUT, null, payday, "order 7", "LABOUR_BUREAU",
        "LABOUR_BUREAU", 1, 10)); // 1 × 2490.00 × 10 = 24900.00
    assertThat(d.balance()).isEqualByComparingTo("222013.57");
    DueItem topUp = d.dueItems().stream().filter(i -> i.obligation().equals(DueItem.TC5_TOP_UP)).findFirst().orElseThrow();
    assertThat(topUp.dueDate()).isEqualTo(LocalDate.of(2026, 7, 1)); // P-2: 30 days, not counting 06-01
    assertThat(topUp.amount()).isEqualByComparingTo("24900.00");
    d.credit(ctx(taicang(), LocalDate.of(2026, 6, 20)), EntryKind.TOP_UP, Money.of("24900.00"), LocalDate.of(2026, 6, 20), "slip 2");
    assertThat(d.dueItems().stream().filter(i -> i.obligation().equals(DueItem.TC5_TOP_UP)).findFirst().orElseThrow().metOn())
        .isEqualTo(LocalDate.of(2026, 6, 20));
  }

  @Test
  void TC6_gradeAExemptsUnderAny_butNotUnderAll() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "LEASED", 50);
    d.facts().applyRating(new EnterpriseFacts.Rating(2025, "A", 3), null, src("rating"));
    Assessment any = ObligationAssessor.assess(d.facts(), Optional.of(taicang()), MARCH_2);
    assertThat(any.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(any.exemption().clause()).isEqualTo("TC-6");
    assertThat(any.exemption().grade()).isEqualTo("A");
    assertThat(any.exemption().gradeYear()).isEqualTo(2025);
    assertThat(any.clauses()).containsExactly("TC-3d");

    Assessment all = ObligationAssessor.assess(d.facts(), Optional.of(withReading(Policy.ExemptionReading.ALL)), MARCH_2);
    assertThat(all.outcome()).isEqualTo(Outcome.REQUIRED);
  }

  @Test
  void TC6_harmoniousAloneExemptsUnderAny_bothNeededUnderAll() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "LEASED", 50);
    d.facts().applyDesignation(new EnterpriseFacts.Designation(2025, true, 3), null, src("designation"));
    assertThat(ObligationAssessor.assess(d.facts(), Optional.of(taicang()), MARCH_2).outcome()).isEqualTo(Outcome.EXEMPT);
    Policy all = withReading(Policy.ExemptionReading.ALL);
    assertThat(ObligationAssessor.assess(d.facts(), Optional.of(all), MARCH_2).outcome()).isEqualTo(Outcome.REQUIRED);
    d.facts().applyRating(new EnterpriseFacts.Rating(2025, "A", 4), null, src("rating"));
    Assessment both = ObligationAssessor.assess(d.facts(), Optional.of(all), MARCH_2);
    assertThat(both.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(both.exemption().reading()).isEqualTo("ALL");
    assertThat(both.exemption().harmonious()).isTrue();
  }

  @Test
  void TC7_insolvencyPayoutIsMonthsTimesMinimumWageTimesWorkers_andM3_neverBelowZero() {
    Deposit d = taicangAgreementSigned();
    d.credit(ctx(taicang(), LocalDate.of(2026, 4, 10)), EntryKind.DEPOSIT, Money.of("246913.57"), LocalDate.of(2026, 4, 10), "slip");
    d.facts().applyStatus("BANKRUPT", 5, LocalDate.of(2026, 6, 1), null, src("status"));
    LocalDate payday = LocalDate.of(2026, 6, 2);
    assertThatThrownBy(() -> d.payout(ctx(taicang(), payday), new Deposit.PayoutRequest(EntryKind.INSOLVENCY_PAYOUT, null,
        payday, "order", "LABOUR_BUREAU", "LABOUR_BUREAU", 4, 40)))
        .isInstanceOf(RuleBroken.class).hasMessageContaining("TC-7");
    assertThat(Deposit.insolvencyAmount(taicang().lumpSum(), 3, 40)).isEqualByComparingTo("298800.00");
    List<DomainEvent> events = d.payout(ctx(taicang(), payday), new Deposit.PayoutRequest(EntryKind.INSOLVENCY_PAYOUT, null,
        payday, "order", "LABOUR_BUREAU", "LABOUR_BUREAU", 3, 40));
    LedgerEntry entry = ((DomainEvent.LedgerEntryRecorded) events.getFirst()).entry();
    assertThat(entry.amount()).isEqualByComparingTo("-246913.57");
    assertThat(entry.balanceAfter()).isEqualByComparingTo("0.00");
    assertThat(entry.requested()).isEqualByComparingTo("298800.00");
    assertThat(entry.shortfall()).isEqualByComparingTo("51886.43");
    assertThat(entry.ruleIds()).contains("TC-7", "M-3");
    // bankrupt: no TC-5 top-up is demanded
    assertThat(d.dueItems()).noneMatch(i -> i.obligation().equals(DueItem.TC5_TOP_UP));
  }

  // ------------------------------------------------------------------ HT-1..HT-6

  @Test
  void HT1a_productionInLeasedPremisesWith20To300Employees_boundaries19_20_300_301() {
    assertThat(ht1(19, "PRODUCTION", "LEASED")).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(ht1(20, "PRODUCTION", "LEASED")).isEqualTo(Outcome.REQUIRED);
    assertThat(ht1(300, "PRODUCTION", "LEASED")).isEqualTo(Outcome.REQUIRED);
    assertThat(ht1(301, "PRODUCTION", "LEASED")).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(ht1(100, "PRODUCTION", "OWNED")).isEqualTo(Outcome.NOT_REQUIRED);
  }

  @Test
  void HT1b_cateringAndServiceWith20OrMore() {
    assertThat(ht1(19, "CATERING", "OWNED")).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(ht1(20, "CATERING", "OWNED")).isEqualTo(Outcome.REQUIRED);
    assertThat(ht1(301, "SERVICE", "OWNED")).isEqualTo(Outcome.REQUIRED);
  }

  @Test
  void HT1c_arrearsInTheLastTwoYears() {
    Deposit d = enterprise(HIGH_TECH_ZONE, "OTHER", "OWNED", 5);
    arrears(d, "c1", LocalDate.of(2025, 8, 15), List.of("2025-07"), "1000.00");
    Assessment a = ObligationAssessor.assess(d.facts(), Optional.of(highTechZone()), MARCH_2);
    assertThat(a.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(a.clauses()).containsExactly("HT-1c");
  }

  @Test
  void HT2_tenPercentMonthlyRoundedUp_capOfTwentyPercentReachedMidMonth() {
    Policy.Monthly p = highTechZone().monthly();
    BigDecimal cap = Contributions.cap(p, Money.of("1200000.00"));
    assertThat(cap).isEqualByComparingTo("240000.00");
    // 10% of 123456.78 = 12345.678 → 12345.68
    assertThat(Contributions.due(p, Money.of("123456.78"), cap, Money.of("100000.00"))).isEqualByComparingTo("12345.68");
    // only 3500.00 left under the cap: that is all that is due
    assertThat(Contributions.due(p, Money.of("123456.78"), cap, Money.of("236500.00"))).isEqualByComparingTo("3500.00");
    assertThat(Contributions.due(p, Money.of("123456.78"), cap, cap)).isEqualByComparingTo("0.00");

    Deposit d = htAccountOpen(); // account opened 2026-02-10 → first contribution month 2026-03
    payroll(d, "2026-03", "123456.78");
    d.credit(ctx(highTechZone(), LocalDate.of(2026, 2, 20)), EntryKind.CONTRIBUTION, Money.of("236500.00"), LocalDate.of(2026, 2, 20), "big");
    DueItem due = d.dueItems().stream().filter(i -> "2026-03".equals(i.month())).findFirst().orElseThrow();
    assertThat(due.amount()).isEqualByComparingTo("3500.00"); // not 12345.68: only 3500.00 is left under the cap
    // mid-month the cap is reached with those 3500.00
    d.credit(ctx(highTechZone(), LocalDate.of(2026, 3, 16)), EntryKind.CONTRIBUTION, Money.of("3500.00"), LocalDate.of(2026, 3, 16), "last");
    assertThat(d.balance()).isEqualByComparingTo("240000.00");
    DueItem march = d.dueItems().stream().filter(i -> "2026-03".equals(i.month())).findFirst().orElseThrow();
    assertThat(march.metOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(march.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    // at the cap: no April contribution is due, and a further one is refused
    assertThat(d.dueItems()).noneMatch(i -> "2026-04".equals(i.month()));
    assertThatThrownBy(() -> d.credit(ctx(highTechZone(), LocalDate.of(2026, 3, 17)), EntryKind.CONTRIBUTION,
        Money.of("0.01"), LocalDate.of(2026, 3, 17), "over")).isInstanceOf(RuleBroken.class).hasMessageContaining("HT-2");
  }

  @Test
  void HT2_monthsSpentAtTheCapOweNothing_whenADrawdownTakesTheBalanceBelowIt() {
    Deposit d = htAccountOpen(); // first contribution month 2026-03; cap 240000.00
    payroll(d, "2026-03", "123456.78");
    payroll(d, "2026-07", "100000.00");
    d.credit(ctx(highTechZone(), LocalDate.of(2026, 3, 3)), EntryKind.CONTRIBUTION, Money.of("240000.00"),
        LocalDate.of(2026, 3, 3), "to the cap");
    arrears(d, "c1", LocalDate.of(2026, 6, 1), List.of("2026-04", "2026-05"), "20000.00");
    LocalDate june10 = LocalDate.of(2026, 6, 10);
    d.payout(ctx(highTechZone(), june10), new Deposit.PayoutRequest(EntryKind.DRAWDOWN, Money.of("20000.00"), june10,
        "HT-4 application", null, "LABOUR_BUREAU", null, null));
    assertThat(d.balance()).isEqualByComparingTo("220000.00");

    // April and May passed at the cap: nothing was due, so nothing is late now
    assertThat(d.dueItems()).noneMatch(i -> "2026-04".equals(i.month()) || "2026-05".equals(i.month()));
    assertThat(d.sweep(ctx(highTechZone(), LocalDate.of(2026, 6, 11))))
        .noneMatch(DomainEvent.DeadlineMissed.class::isInstance);
    // June began at the cap: 0.00, met at once; July owes 10% of its payroll, under the 20000.00 left to the cap
    DueItem june = d.dueItems().stream().filter(i -> "2026-06".equals(i.month())).findFirst().orElseThrow();
    assertThat(june.amount()).isEqualByComparingTo("0.00");
    assertThat(june.open()).isFalse();
    DueItem july = d.dueItems().stream().filter(i -> "2026-07".equals(i.month())).findFirst().orElseThrow();
    assertThat(july.amount()).isEqualByComparingTo("10000.00");
    assertThat(july.dueDate()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(july.open()).isTrue();
  }

  @Test
  void HT3_accountWithinTenWorkingDaysOfTheCertificate_overNationalDay() {
    Deposit d = htRequired(LocalDate.of(2026, 9, 24));
    d.issueCertificate(ctx(highTechZone(), LocalDate.of(2026, 9, 24)), LocalDate.of(2026, 9, 24));
    DueItem account = d.dueItems().getFirst();
    // 09-28,29,30, 10-08,09,10 (make-up Saturday),12,13,14,15
    assertThat(account.dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(account.ruleIds()).containsExactly("HT-3", "P-4");
  }

  @Test
  void HT4_drawdownNeedsArrearsOfTwoMonthsOrMore() {
    Deposit d = htAccountOpen();
    d.credit(ctx(highTechZone(), LocalDate.of(2026, 3, 3)), EntryKind.CONTRIBUTION, Money.of("20000.00"), LocalDate.of(2026, 3, 3), "c");
    LocalDate day = LocalDate.of(2026, 4, 1);
    arrears(d, "c1", LocalDate.of(2026, 3, 10), List.of("2026-02"), "5000.00");
    Deposit.PayoutRequest drawdown = new Deposit.PayoutRequest(EntryKind.DRAWDOWN, Money.of("5000.00"), day, "app-1", null, "LABOUR_BUREAU", null, null);
    assertThatThrownBy(() -> d.payout(ctx(highTechZone(), day), drawdown)).isInstanceOf(RuleBroken.class).hasMessageContaining("HT-4");
    arrears(d, "c2", LocalDate.of(2026, 3, 31), List.of("2026-03"), "5000.00");
    d.payout(ctx(highTechZone(), day), drawdown);
    assertThat(d.balance()).isEqualByComparingTo("15000.00");
  }

  @Test
  void HT5_directPayoutNeedsAnIncident_requestedByLabourBureau_approvedByWageGuaranteeGroup_M3_payoutLargerThanBalance() {
    Deposit d = htAccountOpen();
    d.credit(ctx(highTechZone(), LocalDate.of(2026, 3, 3)), EntryKind.CONTRIBUTION, Money.of("12345.68"), LocalDate.of(2026, 3, 3), "c");
    LocalDate day = LocalDate.of(2026, 5, 6);
    Deposit.PayoutRequest request = new Deposit.PayoutRequest(EntryKind.DIRECT_PAYOUT, Money.of("50000.00"), day, "HT-5 approval",
        "LABOUR_BUREAU", "WAGE_GUARANTEE_GROUP", null, null);
    assertThatThrownBy(() -> d.payout(ctx(highTechZone(), day), request)).hasMessageContaining("HT-5");
    d.facts().recordIncident(new EnterpriseFacts.Incident("i1", "c1", "STRIKE", LocalDate.of(2026, 5, 4), 40), null, src("i"));
    assertThatThrownBy(() -> d.payout(ctx(highTechZone(), day), new Deposit.PayoutRequest(EntryKind.DIRECT_PAYOUT,
        Money.of("50000.00"), day, "x", "UNION", "LABOUR_BUREAU", null, null)))
        .isInstanceOf(RuleBroken.class)
        .satisfies(e -> assertThat(((RuleBroken) e).violations()).extracting(v -> v.field()).containsExactly("requestedBy", "approvedBy"));
    List<DomainEvent> events = d.payout(ctx(highTechZone(), day), request);
    LedgerEntry entry = ((DomainEvent.LedgerEntryRecorded) events.getFirst()).entry();
    assertThat(entry.amount()).isEqualByComparingTo("-12345.68");
    assertThat(entry.balanceAfter()).isEqualByComparingTo("0.00");
    assertThat(entry.shortfall()).isEqualByComparingTo("37654.32");
  }

  @Test
  void HT6_refundOfTheWholeBalanceWhenMovedToOwnPremises() {
    Deposit d = htAccountOpen();
    d.credit(ctx(highTechZone(), LocalDate.of(2026, 3, 3)), EntryKind.CONTRIBUTION, Money.of("20000.00"), LocalDate.of(2026, 3, 3), "c");
    LocalDate day = LocalDate.of(2026, 9, 2);
    assertThatThrownBy(() -> d.refund(ctx(highTechZone(), day), "HT-6a", day, "r")).hasMessageContaining("HT-6a");
    d.facts().applyProfile(new EnterpriseFacts.Profile(null, null, null, "OWNED", null, null, null), 9, day, src("profile"));
    d.refund(ctx(highTechZone(), day), "HT-6a", day, "r");
    assertThat(d.balance()).isEqualByComparingTo("0.00");
    assertThat(d.ledger().getLast().kind()).isEqualTo(EntryKind.REFUND);
    assertThat(d.dueItems()).allMatch(i -> !i.open() || i.cancelledOn() != null);
  }

  // ------------------------------------------------------------------ M-1..M-3, EW-7, EW-8, as of

  @Test
  void M1_requiredAmountsAreRoundedUpToTheFen() {
    assertThat(Money.percentUp(new BigDecimal("0.20"), Money.of("1234567.81"))).isEqualByComparingTo("246913.57");
    assertThat(Money.percentUp(new BigDecimal("0.10"), Money.of("100000.01"))).isEqualByComparingTo("10000.01");
    assertThat(Money.percentUp(new BigDecimal("0.10"), Money.of("100000.00"))).isEqualByComparingTo("10000.00");
    assertThatThrownBy(() -> Money.of("1.001")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void M2_aWrongEntryIsReversed_neverEdited_andATamperedEntryIsDetected() {
    Deposit d = taicangAgreementSigned();
    LocalDate day = LocalDate.of(2026, 4, 10);
    d.credit(ctx(taicang(), day), EntryKind.DEPOSIT, Money.of("24691.36"), day, "typo");
    String wrong = d.ledger().getFirst().entryId();
    d.reverse(ctx(taicang(), day), wrong, day, "amount typed wrong");
    d.credit(ctx(taicang(), day), EntryKind.DEPOSIT, Money.of("246913.57"), day, "slip");
    assertThat(d.ledger()).extracting(LedgerEntry::kind).containsExactly(EntryKind.DEPOSIT, EntryKind.REVERSAL, EntryKind.DEPOSIT);
    assertThat(d.ledger().get(1).reverses()).isEqualTo(wrong);
    assertThat(d.balance()).isEqualByComparingTo("246913.57");
    assertThat(d.verifyLedger().valid()).isTrue();
    assertThat(d.ledger().get(1).previousHash()).isEqualTo(d.ledger().get(0).hash());
    assertThatThrownBy(() -> d.reverse(ctx(taicang(), day), wrong, day, "again")).hasMessageContaining("already reversed");

    List<LedgerEntry> tampered = new java.util.ArrayList<>(d.ledger());
    LedgerEntry e = tampered.get(1);
    tampered.set(1, new LedgerEntry(e.entryId(), e.sequence(), e.kind(), Money.of("-1.00"), e.balanceAfter(), e.valueDate(),
        e.recordedAt(), e.reference(), e.reverses(), e.requested(), e.shortfall(), e.ruleIds(), e.previousHash(), e.hash()));
    Ledger.Verification v = Ledger.verify(tampered, d.ledgerHead(), 3);
    assertThat(v.valid()).isFalse();
    assertThat(v.brokenAtSequence()).isEqualTo(2L);
    assertThat(Ledger.verify(d.ledger().subList(0, 2), d.ledgerHead(), 3).valid()).isFalse(); // last entry removed
  }

  @Test
  void M3_payoutLargerThanBalance_stopsAtZero_shortfallRecorded_statusAsOfBeforeAndAfter() {
    Deposit d = htAccountOpen();
    d.credit(ctx(highTechZone(), LocalDate.of(2026, 3, 3)), EntryKind.CONTRIBUTION, Money.of("12345.68"), LocalDate.of(2026, 3, 3), "c");
    d.facts().recordIncident(new EnterpriseFacts.Incident("i1", "c1", "OWNER_ABSCONDED", LocalDate.of(2026, 5, 4), 40), null, src("i"));
    LocalDate day = LocalDate.of(2026, 5, 6);
    d.payout(ctx(highTechZone(), day), new Deposit.PayoutRequest(EntryKind.DIRECT_PAYOUT, Money.of("50000.00"), day, "p",
        "LABOUR_BUREAU", "WAGE_GUARANTEE_GROUP", null, null));
    Deposit.StatusView before = d.statusAsOf(LocalDate.of(2026, 5, 5));
    Deposit.StatusView after = d.statusAsOf(LocalDate.of(2026, 5, 6));
    assertThat(before.balance()).isEqualByComparingTo("12345.68");
    assertThat(before.ledger()).hasSize(1);
    assertThat(before.verification().valid()).isTrue();
    assertThat(after.balance()).isEqualByComparingTo("0.00");
    assertThat(after.shortfallTotal()).isEqualByComparingTo("37654.32");
    assertThat(after.ledger()).hasSize(2);
  }

  @Test
  void EW7_missedDeadlinesAreCountedPerObligation() {
    Deposit d = htAccountOpen(); // March contribution due 2026-03-31
    List<DomainEvent> april = d.sweep(ctx(highTechZone(), LocalDate.of(2026, 4, 1)));
    DueItem first = april.stream().filter(e -> e instanceof DomainEvent.DeadlineMissed).map(e -> ((DomainEvent.DeadlineMissed) e).item())
        .findFirst().orElseThrow();
    assertThat(first.obligation()).isEqualTo(DueItem.HT2_CONTRIBUTION);
    assertThat(first.missCount()).isEqualTo(1);
    assertThat(d.sweep(ctx(highTechZone(), LocalDate.of(2026, 4, 2)))).noneMatch(e -> e instanceof DomainEvent.DeadlineMissed);
    List<DomainEvent> may = d.sweep(ctx(highTechZone(), LocalDate.of(2026, 5, 1)));
    DueItem second = may.stream().filter(e -> e instanceof DomainEvent.DeadlineMissed).map(e -> ((DomainEvent.DeadlineMissed) e).item())
        .findFirst().orElseThrow();
    assertThat(second.month()).isEqualTo("2026-04");
    assertThat(second.missCount()).isEqualTo(2);
    assertThat(d.statusAsOf(LocalDate.of(2026, 5, 1)).compliance()).isEqualTo("NON_COMPLIANT");
    assertThat(d.statusAsOf(LocalDate.of(2026, 3, 31)).compliance()).isEqualTo("COMPLIANT");
    assertThat(d.statusAsOf(LocalDate.of(2026, 5, 1)).missedDeadlines()).hasSize(2);
  }

  @Test
  void EW8_unpaidArrearsAboveTheBalance() {
    Deposit d = taicangAgreementSigned();
    LocalDate day = LocalDate.of(2026, 4, 10);
    d.credit(ctx(taicang(), day), EntryKind.DEPOSIT, Money.of("246913.57"), day, "slip");
    arrears(d, "c9", LocalDate.of(2026, 5, 20), List.of("2026-04"), "300000.00");
    List<DomainEvent> events = d.settle(ctx(taicang(), LocalDate.of(2026, 5, 21)));
    DomainEvent.ArrearsExceedBalance ew8 = events.stream().filter(e -> e instanceof DomainEvent.ArrearsExceedBalance)
        .map(e -> (DomainEvent.ArrearsExceedBalance) e).findFirst().orElseThrow();
    assertThat(ew8.shortfall()).isEqualByComparingTo("53086.43");
    assertThat(ew8.since()).isEqualTo(LocalDate.of(2026, 5, 21));
    assertThat(d.settle(ctx(taicang(), LocalDate.of(2026, 5, 22)))).noneMatch(e -> e instanceof DomainEvent.ArrearsExceedBalance);

    // More arrears while still above the balance: a new shortfall in the same episode (same 'since').
    arrears(d, "c10", LocalDate.of(2026, 6, 1), List.of("2026-05"), "10000.00");
    DomainEvent.ArrearsExceedBalance grown = d.settle(ctx(taicang(), LocalDate.of(2026, 6, 2))).stream()
        .filter(e -> e instanceof DomainEvent.ArrearsExceedBalance).map(e -> (DomainEvent.ArrearsExceedBalance) e)
        .findFirst().orElseThrow();
    assertThat(grown.shortfall()).isEqualByComparingTo("63086.43");
    assertThat(grown.since()).isEqualTo(LocalDate.of(2026, 5, 21));
  }

  @Test
  void reassessmentEmitsOnlyWhenTheDecisionChanges() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "LEASED", 50);
    assertThat(d.settle(ctx(taicang(), MARCH_2))).hasSize(1);
    assertThat(d.settle(ctx(taicang(), MARCH_2))).isEmpty();
    payroll(d, "2025", "1000000.00");
    List<DomainEvent> events = d.settle(ctx(taicang(), MARCH_2));
    assertThat(events).hasSize(1);
    assertThat(((DomainEvent.ObligationAssessed) events.getFirst()).assessment().requiredAmount()).isEqualByComparingTo("200000.00");
  }

  // ------------------------------------------------------------------ helpers

  private static Outcome ht1(int headcount, String sector, String premises) {
    Deposit d = enterprise(HIGH_TECH_ZONE, sector, premises, headcount);
    return ObligationAssessor.assess(d.facts(), Optional.of(highTechZone()), MARCH_2).outcome();
  }

  private static Policy withReading(Policy.ExemptionReading reading) {
    Policy p = taicang();
    return new Policy(p.id(), p.version() + 1, p.jurisdiction(), p.name(), p.effectiveFrom(), p.family(), p.common(),
        p.lumpSum().withExemption(reading), null);
  }

  private static Deposit taicangAgreementSigned() {
    Deposit d = enterprise(TAICANG, "PRODUCTION", "LEASED", 50);
    payroll(d, "2025", "1234567.81");
    d.settle(ctx(taicang(), MARCH_2));
    d.signAgreement(ctx(taicang(), LocalDate.of(2026, 3, 4)), LocalDate.of(2026, 3, 4), "Taicang Federation of Trade Unions");
    return d;
  }

  private static Deposit htRequired(LocalDate today) {
    Deposit d = enterprise(HIGH_TECH_ZONE, "CATERING", "LEASED", 46);
    payroll(d, "2025", "1200000.00");
    d.settle(ctx(highTechZone(), today));
    return d;
  }

  private static Deposit htAccountOpen() {
    Deposit d = htRequired(LocalDate.of(2026, 2, 2));
    d.issueCertificate(ctx(highTechZone(), LocalDate.of(2026, 2, 2)), LocalDate.of(2026, 2, 2));
    d.openAccount(ctx(highTechZone(), LocalDate.of(2026, 2, 10)), LocalDate.of(2026, 2, 10), "Bank of Suzhou", "6222-0001");
    return d;
  }
}
