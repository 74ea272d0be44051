package io.wageguard.chassis.rules;

/**
 * The caller is known but names a jurisdiction (or something of one) it does not cover (403 on REST). The message
 * names what was refused, never internals.
 */
public final class OutsideJurisdiction extends Refusal {

  public OutsideJurisdiction(String message) {
    super(message);
  }

  /** "Jurisdiction {jurisdiction} is outside the jurisdictions of {subject}". */
  public static OutsideJurisdiction of(String jurisdiction, String subject) {
    return new OutsideJurisdiction("Jurisdiction " + jurisdiction + " is outside the jurisdictions of " + subject);
  }
}
