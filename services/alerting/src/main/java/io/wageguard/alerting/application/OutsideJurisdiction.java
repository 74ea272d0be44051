package io.wageguard.alerting.application;

/** The request names a jurisdiction (or a union of one) that the caller does not cover. */
public class OutsideJurisdiction extends RuntimeException {

  public OutsideJurisdiction(String message) {
    super(message);
  }
}
