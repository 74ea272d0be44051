package io.wageguard.arrears.domain;

import java.util.Objects;

/**
 * The parameters of the arrears rules for one jurisdiction, versioned (policies are data, not code).
 *
 * @param id                  policy family, e.g. TAICANG_LUMP_SUM
 * @param version             its version
 * @param reportDays          TC-2: the written report is due within this many days of the start (P-2, P-3)
 * @param maxDeferralDays     TC-2b: the deferral may not end later than this many days after the start
 * @param groupArrearsWorkers EW-9: this many workers or more is group arrears (P-6: inclusive)
 * @param monthsInRow         TC-3c / HT-4: months in arrears in a row that reach the threshold
 * @param monthsInTotal       TC-3c: months in arrears in total within the window that reach the threshold
 * @param windowMonths        TC-3: "in the last two years"
 */
public record ArrearsPolicy(String id, int version, int reportDays, int maxDeferralDays, int groupArrearsWorkers,
                            int monthsInRow, int monthsInTotal, int windowMonths) {

  public ArrearsPolicy {
    Objects.requireNonNull(id, "id");
    if (reportDays < 1 || maxDeferralDays < 1 || groupArrearsWorkers < 1 || monthsInRow < 1 || monthsInTotal < 1
        || windowMonths < 1 || version < 1) {
      throw new IllegalArgumentException("policy " + id + ": every parameter must be at least 1");
    }
  }

  /** The seed's numbers (RULES.md TC-2, TC-2b, TC-3c, EW-9). */
  public static ArrearsPolicy seed(String id) {
    return new ArrearsPolicy(id, 1, 5, 30, 10, 2, 3, 24);
  }

  /** e.g. {@code TAICANG_LUMP_SUM/1}, as events carry it. */
  public String policyVersion() {
    return id + "/" + version;
  }
}
