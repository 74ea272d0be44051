package io.wageguard.deposits.domain;

import io.wageguard.chassis.time.Periods;
import io.wageguard.deposits.config.PolicyLoader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The policies as shipped (policies are data) and a small builder of enterprises. */
final class Fixture {
  static final PolicyBook BOOK = PolicyLoader.load("classpath*:policies/*.yml");
  static final Periods PERIODS = Periods.official();
  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static int counter;

  private Fixture() {}

  static Policy taicang() {
    return BOOK.inForce(TAICANG, LocalDate.of(2026, 1, 1)).orElseThrow();
  }

  static Policy highTechZone() {
    return BOOK.inForce(HIGH_TECH_ZONE, LocalDate.of(2026, 1, 1)).orElseThrow();
  }

  static Deposit.Context ctx(Policy policy, LocalDate today) {
    return new Deposit.Context(Optional.ofNullable(policy), PERIODS, today, today.atStartOfDay(Periods.SHANGHAI).plusHours(10).toInstant());
  }

  static EnterpriseFacts.FactSource src(String fact) {
    return new EnterpriseFacts.FactSource(fact, "evt-" + (++counter), "wageguard.test.v1", Instant.parse("2026-01-01T00:00:00Z"));
  }

  static Deposit enterprise(String jurisdiction, String sector, String premises, int headcount) {
    Deposit d = new Deposit("91320585MA1PB6LT9B");
    d.facts().applyProfile(new EnterpriseFacts.Profile("Test Co", jurisdiction, sector, premises, headcount, true, "ACTIVE"),
        1, LocalDate.of(2025, 1, 1), src("profile"));
    return d;
  }

  static void payroll(Deposit d, String period, String amount) {
    d.facts().applyPayroll(new EnterpriseFacts.PayrollDeclaration(period.length() == 4 ? "ANNUAL" : "MONTHLY", period,
        Money.of(amount), 2, Instant.parse("2026-01-05T00:00:00Z")), null, src("payroll"));
  }

  static void arrears(Deposit d, String caseId, LocalDate start, List<String> months, String owed) {
    d.facts().openCase(new EnterpriseFacts.ArrearsCase(caseId, start, months, Money.of(owed), Money.of(owed), 12, true, null),
        null, src("case"));
  }
}
