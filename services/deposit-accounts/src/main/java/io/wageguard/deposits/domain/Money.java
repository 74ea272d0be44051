package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** M-1: yuan with two decimals (fen). Required amounts are rounded UP to the fen, never to the nearest. */
public final class Money {
  public static final BigDecimal ZERO = new BigDecimal("0.00");

  private Money() {}

  public static BigDecimal of(String yuan) {
    BigDecimal value = new BigDecimal(yuan);
    if (value.scale() > 2) {
      throw new IllegalArgumentException("more than two decimals (M-1): " + yuan);
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** M-1: a required deposit is rounded up to the next fen (away from zero for positive amounts). */
  public static BigDecimal requiredUp(BigDecimal exact) {
    return exact.setScale(2, RoundingMode.CEILING);
  }

  /** {@code rate × base}, rounded up to the fen (TC-4, HT-2). */
  public static BigDecimal percentUp(BigDecimal rate, BigDecimal base) {
    return requiredUp(rate.multiply(base));
  }

  public static String format(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  public static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  public static boolean positive(BigDecimal a) {
    return a != null && a.signum() > 0;
  }
}
