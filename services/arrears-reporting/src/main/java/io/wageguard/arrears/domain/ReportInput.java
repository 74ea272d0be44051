package io.wageguard.arrears.domain;

/**
 * The employer's written TC-2 report as filed, before validation: any part may be missing.
 *
 * @param unionConsent                which union consented, who signed for it, when
 * @param workerRepresentativeConsent who represented the workers and when they consented
 * @param procedure                   how the delay was decided (the procedure followed)
 * @param deferralEndDate             the end of the deferral period (TC-2: "the period"), yyyy-MM-dd
 * @param responsiblePerson           who is responsible
 * @param reliefMeasures              the relief for the workers during the delay
 */
public record ReportInput(UnionConsent unionConsent, WorkerConsent workerRepresentativeConsent, String procedure,
                          String deferralEndDate, String responsiblePerson, String reliefMeasures) {

  public record UnionConsent(String union, String person, String date) {}

  public record WorkerConsent(String representatives, String date) {}
}
