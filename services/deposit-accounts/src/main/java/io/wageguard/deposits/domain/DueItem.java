package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A deadline the enterprise must meet: TC-4_DEPOSIT, HT-3_ACCOUNT, HT-2_CONTRIBUTION (one per month) or
 * TC-5_TOP_UP. Met, missed (EW-7) or cancelled (refund, obligation gone) on a date; a missed item can still be met late.
 */
public record DueItem(String id, String obligation, LocalDate createdOn, LocalDate dueDate, BigDecimal amount,
                      String month, List<String> ruleIds, LocalDate metOn, LocalDate missedOn, Integer missCount,
                      LocalDate cancelledOn) {

  public static final String TC4_DEPOSIT = "TC-4_DEPOSIT";
  public static final String HT3_ACCOUNT = "HT-3_ACCOUNT";
  public static final String HT2_CONTRIBUTION = "HT-2_CONTRIBUTION";
  public static final String TC5_TOP_UP = "TC-5_TOP_UP";

  public DueItem {
    ruleIds = List.copyOf(ruleIds);
  }

  public boolean open() {
    return metOn == null && cancelledOn == null;
  }

  public DueItem met(LocalDate on) {
    return new DueItem(id, obligation, createdOn, dueDate, amount, month, ruleIds, on, missedOn, missCount, cancelledOn);
  }

  public DueItem missed(LocalDate on, int count) {
    return new DueItem(id, obligation, createdOn, dueDate, amount, month, ruleIds, metOn, on, count, cancelledOn);
  }

  public DueItem cancelled(LocalDate on) {
    return new DueItem(id, obligation, createdOn, dueDate, amount, month, ruleIds, metOn, missedOn, missCount, on);
  }

  public DueItem withAmount(BigDecimal newAmount) {
    return new DueItem(id, obligation, createdOn, dueDate, newAmount, month, ruleIds, metOn, missedOn, missCount,
        cancelledOn);
  }

  /** Overdue on {@code date}: due before it and neither met nor cancelled by then. */
  public boolean overdueOn(LocalDate date) {
    return !createdOn.isAfter(date) && dueDate.isBefore(date)
        && (metOn == null || metOn.isAfter(date)) && (cancelledOn == null || cancelledOn.isAfter(date));
  }

  /** Missed as known on {@code date}: its due date passed before it was met. */
  public boolean missedAsOf(LocalDate date) {
    return !createdOn.isAfter(date) && dueDate.isBefore(date) && (metOn == null || metOn.isAfter(dueDate))
        && (cancelledOn == null || cancelledOn.isAfter(dueDate));
  }

  /** Still to be met on {@code date} and not yet late. */
  public boolean pendingOn(LocalDate date) {
    return !createdOn.isAfter(date) && !dueDate.isBefore(date)
        && (metOn == null || metOn.isAfter(date)) && (cancelledOn == null || cancelledOn.isAfter(date));
  }
}
