package io.wageguard.registry.application;

/** The caller names a jurisdiction it does not cover: registering into it, or moving an enterprise to it. */
public class OutsideJurisdiction extends RuntimeException {

  public OutsideJurisdiction(String jurisdiction, String subject) {
    super("Jurisdiction " + jurisdiction + " is outside the jurisdictions of " + subject);
  }
}
