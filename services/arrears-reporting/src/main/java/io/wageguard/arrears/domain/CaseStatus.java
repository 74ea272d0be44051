package io.wageguard.arrears.domain;

/** Where an arrears case stands. */
public enum CaseStatus {
  /** Opened; the employer's written TC-2 report is awaited. */
  OPEN,
  /** The TC-2 deadline passed without a valid report (EW-2). A late valid report still moves it on. */
  REPORT_OVERDUE,
  /** A valid TC-2 report was filed; wages are deferred until the deferral end date. */
  REPORTED,
  /** The deferral ended with wages still unpaid (EW-4). */
  DEFERRAL_LAPSED,
  /** Paid in full. */
  SETTLED,
  CLOSED;

  public boolean isFinal() {
    return this == SETTLED || this == CLOSED;
  }
}
