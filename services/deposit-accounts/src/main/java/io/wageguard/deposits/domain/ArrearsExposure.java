package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * EW-8: unpaid arrears above the deposit's balance. One episode lasts from the business date the arrears first
 * exceeded the balance ({@code since}) until they no longer do; it is announced when it begins and whenever its
 * shortfall changes, always with the same {@code since}.
 */
record ArrearsExposure(boolean exceeds, BigDecimal lastShortfall, LocalDate since) {

  static final ArrearsExposure NONE = new ArrearsExposure(false, null, null);

  /** The exposure after a change, and the event it raises (null if none). */
  record Step(ArrearsExposure next, DomainEvent.ArrearsExceedBalance event) {}

  /** @param watched whether the deposit is watched at all (a policy, and a requirement or a ledger) */
  Step after(boolean watched, BigDecimal unpaid, BigDecimal balance, LocalDate today) {
    if (!watched || unpaid.compareTo(balance) <= 0) {
      return new Step(NONE, null);
    }
    BigDecimal shortfall = unpaid.subtract(balance);
    LocalDate start = !exceeds || since == null ? today : since;
    boolean changed = !exceeds || lastShortfall == null || lastShortfall.compareTo(shortfall) != 0;
    return new Step(new ArrearsExposure(true, shortfall, start),
        changed ? new DomainEvent.ArrearsExceedBalance(unpaid, balance, shortfall, start) : null);
  }
}
