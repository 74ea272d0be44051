package io.wageguard.deposits.domain;

import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Money out of a deposit: when the rules allow a drawdown (HT-4), a direct payout (HT-5), an insolvency payout (TC-7)
 * or a refund of the balance (HT-6), judged on the enterprise's facts and the policy in force, and how much a payout
 * asks for. A request the rules do not allow is {@link RuleBroken}. {@link Deposit} records what is paid.
 */
final class Payouts {

  private Payouts() {}

  /** The amount a payout asks for, once its kind's rule allows it (HT-4, HT-5, TC-7). */
  static BigDecimal requested(Policy p, EnterpriseFacts facts, Deposit.PayoutRequest r, LocalDate today) {
    switch (r.kind()) {
      case DRAWDOWN -> {
        int months = arrearsMonthsNow(facts, p, today);
        if (months < p.monthly().drawdownMinArrearsMonths()) {
          throw RuleBroken.of("kind", "HT-4", "a drawdown needs arrears of " + p.monthly().drawdownMinArrearsMonths()
              + " months or more; " + months + " known");
        }
        if (!"LABOUR_BUREAU".equals(r.approvedBy())) {
          throw RuleBroken.of("approvedBy", "HT-4", "the application is approved by the district labour department (LABOUR_BUREAU)");
        }
        return Checks.positive(r.amount(), "amount");
      }
      case DIRECT_PAYOUT -> {
        LocalDate since = today.minusYears(p.common().lookbackYears());
        boolean incident = facts.incidents().stream().anyMatch(i ->
            p.monthly().directPayoutIncidentKinds().contains(i.kind()) && !i.occurredOn().isBefore(since));
        if (!incident) {
          throw RuleBroken.of("kind", "HT-5", "no collective petition, strike or absconding owner is recorded");
        }
        List<Violation> v = new ArrayList<>();
        if (!"LABOUR_BUREAU".equals(r.requestedBy())) {
          v.add(new Violation("requestedBy", "HT-5", "requested by the labour department (LABOUR_BUREAU)"));
        }
        if (!"WAGE_GUARANTEE_GROUP".equals(r.approvedBy())) {
          v.add(new Violation("approvedBy", "HT-5", "approved by the district wage guarantee group (WAGE_GUARANTEE_GROUP)"));
        }
        if (!v.isEmpty()) {
          throw new RuleBroken(v);
        }
        return Checks.positive(r.amount(), "amount");
      }
      default -> {
        Policy.LumpSum ls = p.lumpSum();
        boolean insolvent = facts.status() != null && ls.insolvencyStatuses().contains(facts.status());
        boolean cannotPay = facts.cases().stream().anyMatch(EnterpriseFacts.ArrearsCase::open);
        if (!insolvent && !cannotPay) {
          throw RuleBroken.of("kind", "TC-7", "the enterprise is " + facts.status() + " (not one of "
              + ls.insolvencyStatuses() + ") and owes no unpaid wages");
        }
        if (r.months() == null || r.months() < ls.insolvencyMinMonths() || r.months() > ls.insolvencyMaxMonths()) {
          throw RuleBroken.of("months", "TC-7", "between " + ls.insolvencyMinMonths() + " and " + ls.insolvencyMaxMonths() + " months");
        }
        if (r.workers() == null || r.workers() < 1) {
          throw RuleBroken.of("workers", "TC-7", "at least one worker");
        }
        BigDecimal requested = insolvencyAmount(ls, r.months(), r.workers());
        if (r.amount() != null && r.amount().compareTo(requested) != 0) {
          throw RuleBroken.of("amount", "TC-7", r.months() + " months × minimum wage " + Money.format(ls.minimumWage())
              + " × " + r.workers() + " workers = " + Money.format(requested));
        }
        return requested;
      }
    }
  }

  /** TC-7: months × the minimum wage × workers, exact to the fen. */
  static BigDecimal insolvencyAmount(Policy.LumpSum ls, int months, int workers) {
    return ls.minimumWage().multiply(BigDecimal.valueOf((long) months * workers)).setScale(2);
  }

  /** HT-6: (a) own premises, (b) grade A N years in a row, (c) deregistered after bankruptcy, closure, relocation. */
  static void requireRefundAllowed(Policy.Monthly m, EnterpriseFacts facts, String reason, int currentYear) {
    boolean allowed = switch (reason == null ? "" : reason) {
      case "HT-6a" -> "OWNED".equals(facts.premises());
      case "HT-6b" -> gradeAInRow(facts, m.refundGradeAYearsInRow(), currentYear);
      case "HT-6c" -> "DEREGISTERED".equals(facts.status()) && facts.statusWasEver(m.refundDeregisteredAfter());
      default -> throw RuleBroken.of("reason", "HT-6", "reason must be HT-6a, HT-6b or HT-6c");
    };
    if (!allowed) {
      throw RuleBroken.of("reason", reason, "the facts held do not meet " + reason);
    }
  }

  private static boolean gradeAInRow(EnterpriseFacts facts, int years, int currentYear) {
    Optional<EnterpriseFacts.Rating> latest = facts.latestRating(currentYear);
    if (latest.isEmpty()) {
      return false;
    }
    for (int y = latest.get().year(); y > latest.get().year() - years; y--) {
      if (!facts.rating(y).map(r -> "A".equals(r.grade())).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  private static int arrearsMonthsNow(EnterpriseFacts facts, Policy p, LocalDate today) {
    int months = facts.arrearsMonths(today.minusYears(p.common().lookbackYears()), true).size();
    boolean anyOpen = facts.cases().stream().anyMatch(EnterpriseFacts.ArrearsCase::open);
    for (EnterpriseFacts.Threshold t : facts.thresholds()) {
      if (anyOpen && t.asOf() != null && !t.asOf().isBefore(today.minusYears(p.common().lookbackYears()))) {
        months = Math.max(months, t.monthsInRow());
      }
    }
    return months;
  }
}
