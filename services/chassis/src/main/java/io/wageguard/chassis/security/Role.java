package io.wageguard.chassis.security;

/**
 * What a token holder is, from the token's {@code roles} claim. Jurisdictions and, for an enterprise, its
 * credit code narrow what each role reaches (see {@link Caller}).
 */
public enum Role {
  /** Submits arrears facts, assesses deposit obligations, approves drawdowns. */
  LABOUR_BUREAU,
  /** Receives alerts for its jurisdictions, acknowledges and follows up; a "first reporter" for workers. */
  UNION,
  /** Reads everything in its jurisdictions, writes nothing. */
  AUDITOR,
  /** Files its own deferral report and reads its own records: the token's credit_code only. */
  ENTERPRISE,
  /** Records deposit movements on the accounts it keeps. */
  BANK,
  /** Maintains reference data (union directory, register corrections). */
  ADMIN,
  /** Machine account for metrics scraping; reaches /actuator only. */
  MONITORING;

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
