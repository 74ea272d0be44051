package io.wageguard.registry.domain;

import io.wageguard.contracts.CreditCodes;

/** An enterprise's identity: a unified social credit code that passes the GB 32100-2015 check. */
public record CreditCode(String value) {

  public static final String RULE = CreditCodes.RULE;

  public CreditCode {
    String problem = CreditCodes.problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException("credit code " + value + " " + problem);
    }
  }

  public static CreditCode of(String value) {
    return new CreditCode(value);
  }

  public static boolean isValid(String value) {
    return CreditCodes.isValid(value);
  }

  /** Why the value is not a valid code, as a phrase that follows the field name; null if it is valid. */
  public static String problemWith(String value) {
    return CreditCodes.problemWith(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
