package io.wageguard.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.registry.domain.EnterpriseEvent.PayrollDeclared;
import io.wageguard.registry.domain.EnterpriseEvent.ProfileChanged;
import io.wageguard.registry.domain.EnterpriseEvent.Registered;
import io.wageguard.registry.domain.EnterpriseEvent.StatusChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

  static final Jurisdictions KNOWN = new Jurisdictions(Set.of("320500", "320505", "320585"));
  static final String CODE = "91320585MA1MK7RW0X";

  static Stamp on(String date) {
    return new Stamp(Instant.parse(date + "T02:00:00Z"), LocalDate.parse(date), "labour-bureau-taicang");
  }

  static Registration taicangMachinery(LocalDate since) {
    return new Registration(CODE, "太仓恒通精密机械有限公司", "顾建华", "江苏省太仓市城厢镇太平北路88号", "320585",
        Sector.PRODUCTION, Premises.LEASED, 86, true, since);
  }

  static Enterprise registered() {
    return Enterprise.register(taicangMachinery(LocalDate.parse("2023-01-01")), KNOWN, on("2025-03-03"));
  }

  static ProfilePatch premises(Premises premises, String from) {
    return new ProfilePatch(null, null, null, null, null, premises, null, null, LocalDate.parse(from));
  }

  @Test
  void registrationIsActiveVersionOneWithOneEventAndOneHistoryEntry() {
    Enterprise enterprise = registered();

    assertThat(enterprise.version()).isEqualTo(1);
    assertThat(enterprise.currentProfile().status()).isEqualTo(Status.ACTIVE);
    List<EnterpriseEvent> events = enterprise.pullEvents();
    assertThat(events).singleElement().isInstanceOfSatisfying(Registered.class, r -> {
      assertThat(r.snapshot().version()).isEqualTo(1);
      assertThat(r.effectiveDate()).isEqualTo(LocalDate.parse("2023-01-01"));
    });
    assertThat(enterprise.pullEvents()).isEmpty();
    assertThat(enterprise.history()).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(ChangeKind.REGISTERED);
      assertThat(change.actor()).isEqualTo("labour-bureau-taicang");
      assertThat(change.details()).containsEntry("premises", "LEASED").containsEntry("headcount", "86");
    });
  }

  @Test
  void everyInvalidFieldIsNamedWithItsRule() {
    Registration bad = new Registration("91350100M000100Y44", " ", "顾建华", "太仓", "999999", Sector.PRODUCTION,
        null, -1, true, LocalDate.parse("2025-03-04"));

    assertThatThrownBy(() -> Enterprise.register(bad, KNOWN, on("2025-03-03")))
        .isInstanceOfSatisfying(RuleBroken.class, refused -> assertThat(refused.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("creditCode", "GB32100-2015"),
                org.assertj.core.groups.Tuple.tuple("name", "schema"),
                org.assertj.core.groups.Tuple.tuple("jurisdiction", "GB/T2260"),
                org.assertj.core.groups.Tuple.tuple("premises", "schema"),
                org.assertj.core.groups.Tuple.tuple("headcount", "schema"),
                org.assertj.core.groups.Tuple.tuple("effectiveDate", "P-1")));
  }

  /** TC-3d and HT-1a read the premises as of a date two years back: a move to OWNED must not rewrite the past. */
  @Test
  void TC3d_premisesAsOfADateBeforeAndAfterTheMoveToOwnPremises() {
    Enterprise enterprise = registered();
    enterprise.changeProfile(premises(Premises.OWNED, "2025-09-01"), KNOWN, on("2025-09-02"));

    assertThat(enterprise.asOf(LocalDate.parse("2025-06-30")).orElseThrow().profile().profile().premises())
        .isEqualTo(Premises.LEASED);
    assertThat(enterprise.asOf(LocalDate.parse("2025-08-31")).orElseThrow().profile().profile().premises())
        .isEqualTo(Premises.LEASED);
    assertThat(enterprise.asOf(LocalDate.parse("2025-09-01")).orElseThrow().profile().profile().premises())
        .isEqualTo(Premises.OWNED);
    assertThat(enterprise.current().profile().effectiveDate()).isEqualTo(LocalDate.parse("2025-09-01"));
    assertThat(enterprise.asOf(LocalDate.parse("2022-12-31"))).isEmpty();
    assertThat(enterprise.pullEvents()).last().isInstanceOfSatisfying(ProfileChanged.class, changed -> {
      assertThat(changed.changed()).containsExactly(java.util.Map.entry("premises", "OWNED"));
      assertThat(changed.snapshot().version()).isEqualTo(2);
    });
  }

  /** HT-1a: 20 to 300 employees; the headcount of a past date is the one in force then. */
  @Test
  void HT1_headcountAsOfADate() {
    Enterprise enterprise = registered();
    enterprise.changeProfile(new ProfilePatch(null, null, null, null, null, null, 310, null,
        LocalDate.parse("2025-05-01")), KNOWN, on("2025-05-02"));

    assertThat(enterprise.asOf(LocalDate.parse("2025-04-30")).orElseThrow().profile().profile().headcount())
        .isEqualTo(86);
    assertThat(enterprise.asOf(LocalDate.parse("2025-06-30")).orElseThrow().profile().profile().headcount())
        .isEqualTo(310);
  }

  /** HT-6b needs two consecutive years of grade A; what was known on a date is what was recorded by then. */
  @Test
  void HT6b_ratingsPerYearAsOfADate() {
    Enterprise enterprise = registered();
    enterprise.recordRating(2024, Grade.A, LocalDate.parse("2025-03-10"), on("2025-03-10"));
    enterprise.recordRating(2025, Grade.A, LocalDate.parse("2026-03-10"), on("2026-03-10"));

    EnterpriseView mid2025 = enterprise.asOf(LocalDate.parse("2025-06-30")).orElseThrow();
    assertThat(mid2025.ratings()).extracting(Rating::year).containsExactly(2024);
    EnterpriseView now = enterprise.current();
    assertThat(now.rating(2024)).map(Rating::grade).hasValue(Grade.A);
    assertThat(now.rating(2025)).map(Rating::grade).hasValue(Grade.A);
    assertThat(now.latestRating()).map(Rating::year).hasValue(2025);
  }

  @Test
  void aCorrectedRatingHoldsFromItsDateAndTheSameRatingAgainChangesNothing() {
    Enterprise enterprise = registered();
    enterprise.recordRating(2024, Grade.B, LocalDate.parse("2025-03-10"), on("2025-03-10"));
    enterprise.recordRating(2024, Grade.A, LocalDate.parse("2025-07-01"), on("2025-07-01"));
    enterprise.pullEvents();
    long version = enterprise.version();

    enterprise.recordRating(2024, Grade.A, null, on("2025-08-01"));

    assertThat(enterprise.pullEvents()).isEmpty();
    assertThat(enterprise.version()).isEqualTo(version);
    assertThat(enterprise.asOf(LocalDate.parse("2025-06-30")).orElseThrow().rating(2024)).map(Rating::grade)
        .hasValue(Grade.B);
    assertThat(enterprise.current().rating(2024)).map(Rating::grade).hasValue(Grade.A);
  }

  /** TC-4: 20% of the previous year's total wages; HT-2: 10% of the month's. Both are declared here, with fen (M-1). */
  @Test
  void M1_payrollIsYuanWithFenAndPeriodsFollowTheKind() {
    Enterprise enterprise = registered();
    enterprise.declarePayroll(PayrollKind.ANNUAL, "2024", new BigDecimal("5200000"), null, on("2025-03-03"));
    enterprise.declarePayroll(PayrollKind.MONTHLY, "2025-02", new BigDecimal("433333.33"), null, on("2025-03-03"));

    assertThat(enterprise.current().payroll(PayrollKind.ANNUAL, "2024")).map(p -> p.totalWages().toPlainString())
        .hasValue("5200000.00");
    assertThat(enterprise.pullEvents()).filteredOn(PayrollDeclared.class::isInstance).hasSize(2);

    assertThatThrownBy(() -> enterprise.declarePayroll(PayrollKind.MONTHLY, "2025-02", new BigDecimal("1.005"),
        null, on("2025-03-03"))).isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("totalWages", "M-1")));
    assertThatThrownBy(() -> enterprise.declarePayroll(PayrollKind.ANNUAL, "2025-02", BigDecimal.ONE, null,
        on("2025-03-03"))).isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.violations())
            .extracting(Violation::field).containsExactly("period"));
    assertThatThrownBy(() -> enterprise.declarePayroll(PayrollKind.MONTHLY, "2025-04", BigDecimal.ONE, null,
        on("2025-03-03"))).isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.violations())
            .extracting(Violation::rule).containsExactly("P-1"));
  }

  @Test
  void payrollAsOfADateIsTheDeclarationInForceThen() {
    Enterprise enterprise = registered();
    enterprise.declarePayroll(PayrollKind.ANNUAL, "2024", new BigDecimal("5200000.00"),
        LocalDate.parse("2025-01-20"), on("2025-03-03"));
    enterprise.declarePayroll(PayrollKind.ANNUAL, "2024", new BigDecimal("5300000.00"),
        LocalDate.parse("2025-08-01"), on("2025-08-01"));

    assertThat(enterprise.asOf(LocalDate.parse("2025-01-19")).orElseThrow().payroll()).isEmpty();
    assertThat(enterprise.asOf(LocalDate.parse("2025-06-30")).orElseThrow().payroll(PayrollKind.ANNUAL, "2024"))
        .map(PayrollDeclaration::totalWages).hasValue(new BigDecimal("5200000.00"));
    assertThat(enterprise.current().payroll(PayrollKind.ANNUAL, "2024"))
        .map(PayrollDeclaration::totalWages).hasValue(new BigDecimal("5300000.00"));
  }

  /** TC-7 and HT-6c read the status and its date. */
  @Test
  void TC7_statusChangesWithItsDateAndThePreviousStatus() {
    Enterprise enterprise = registered();
    enterprise.pullEvents();
    enterprise.changeStatus(Status.BANKRUPT, LocalDate.parse("2025-10-15"), on("2025-10-16"));

    assertThat(enterprise.pullEvents()).singleElement().isInstanceOfSatisfying(StatusChanged.class, s -> {
      assertThat(s.previous()).isEqualTo(Status.ACTIVE);
      assertThat(s.snapshot().profile().status()).isEqualTo(Status.BANKRUPT);
      assertThat(s.effectiveDate()).isEqualTo(LocalDate.parse("2025-10-15"));
    });
    assertThat(enterprise.asOf(LocalDate.parse("2025-10-14")).orElseThrow().profile().profile().status())
        .isEqualTo(Status.ACTIVE);
    enterprise.changeStatus(Status.BANKRUPT, null, on("2025-10-20"));
    assertThat(enterprise.pullEvents()).isEmpty();
  }

  @Test
  void aProfileChangeMayNotPrecedeTheLatestOneNorLieInTheFuture() {
    Enterprise enterprise = registered();
    enterprise.changeProfile(premises(Premises.OWNED, "2025-09-01"), KNOWN, on("2025-09-02"));

    assertThatThrownBy(() -> enterprise.changeProfile(premises(Premises.LEASED, "2025-08-01"), KNOWN,
        on("2025-09-02"))).isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("effectiveDate", "registry-history")));
    assertThatThrownBy(() -> enterprise.changeProfile(premises(Premises.LEASED, "2025-09-03"), KNOWN,
        on("2025-09-02"))).isInstanceOf(RuleBroken.class);
    assertThat(enterprise.currentProfile().premises()).isEqualTo(Premises.OWNED);
  }

  @Test
  void aPatchThatChangesNothingEmitsNothing() {
    Enterprise enterprise = registered();
    enterprise.pullEvents();
    enterprise.changeProfile(taicangMachinery(null).asPatch(), KNOWN, on("2025-09-02"));

    assertThat(enterprise.pullEvents()).isEmpty();
    assertThat(enterprise.version()).isEqualTo(1);
    assertThat(enterprise.history()).hasSize(1);
  }

  @Test
  void historyAsOfADateHoldsOnlyTheChangesInForceThen() {
    Enterprise enterprise = registered();
    enterprise.recordDesignation(2024, true, LocalDate.parse("2025-02-01"), on("2025-03-04"));
    enterprise.changeStatus(Status.RELOCATED, LocalDate.parse("2025-11-01"), on("2025-11-02"));

    assertThat(enterprise.asOf(LocalDate.parse("2025-06-30")).orElseThrow().history())
        .extracting(Change::kind).containsExactly(ChangeKind.REGISTERED, ChangeKind.DESIGNATION_RECORDED);
    assertThat(enterprise.current().history()).extracting(Change::version).containsExactly(1L, 2L, 3L);
    assertThat(enterprise.current().designation(2024)).map(Designation::harmonious).hasValue(true);
  }

  @Test
  void restoredEnterpriseAnswersTheSame() {
    Enterprise enterprise = registered();
    enterprise.changeProfile(premises(Premises.OWNED, "2025-09-01"), KNOWN, on("2025-09-02"));
    enterprise.recordRating(2024, Grade.A, null, on("2025-09-02"));

    Enterprise restored = Enterprise.restore(enterprise.creditCode(), enterprise.registeredAt(),
        enterprise.version(), enterprise.profiles(), enterprise.payroll(), enterprise.ratings(),
        enterprise.designations(), enterprise.history());

    assertThat(restored.current()).isEqualTo(enterprise.current());
    assertThat(restored.pullEvents()).isEmpty();
  }
}
