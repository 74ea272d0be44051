package io.wageguard.deposits.domain;

import io.wageguard.chassis.rules.RuleBroken;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The checks every request's amounts (M-1) and dates (P-1) pass. */
final class Checks {

  private Checks() {}

  static BigDecimal positive(BigDecimal amount, String field) {
    if (amount == null || amount.signum() <= 0) {
      throw RuleBroken.of(field, "M-1", "a positive amount in yuan with two decimals");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw RuleBroken.of(field, "M-1", "no more than two decimals (fen)");
    }
    return amount.setScale(2);
  }

  static void notInFuture(LocalDate today, LocalDate date, String field) {
    if (date == null) {
      throw RuleBroken.of(field, "P-1", "required");
    }
    if (date.isAfter(today)) {
      throw RuleBroken.of(field, "P-1", "is after today (" + today + ")");
    }
  }
}
