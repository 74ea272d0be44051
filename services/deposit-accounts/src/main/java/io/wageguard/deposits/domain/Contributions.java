package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** HT-2: the month's contribution and its due date. */
public final class Contributions {

  private Contributions() {}

  /** The cap: capRate × last year's payroll, rounded up to the fen (HT-2, M-1). */
  public static BigDecimal cap(Policy.Monthly p, BigDecimal lastYearPayroll) {
    return lastYearPayroll == null ? null : Money.percentUp(p.capRate(), lastYearPayroll);
  }

  /**
   * At least monthlyRate × the month's payroll (rounded up to the fen), but never more than what is left
   * under the cap; zero when the balance is at the cap. Null when the month's payroll is not known yet.
   */
  public static BigDecimal due(Policy.Monthly p, BigDecimal monthPayroll, BigDecimal cap, BigDecimal balanceBefore) {
    if (cap != null && balanceBefore.compareTo(cap) >= 0) {
      return Money.ZERO;
    }
    if (monthPayroll == null) {
      return null;
    }
    BigDecimal minimum = Money.percentUp(p.monthlyRate(), monthPayroll);
    return cap == null ? minimum : Money.min(minimum, cap.subtract(balanceBefore));
  }

  /** The nominal due day: the month's last day (reading) or the configured day number. */
  public static LocalDate nominalDueDate(Policy.Monthly p, YearMonth month) {
    return p.contributionDueDay() <= 0 ? month.atEndOfMonth()
        : month.atDay(Math.min(p.contributionDueDay(), month.lengthOfMonth()));
  }
}
