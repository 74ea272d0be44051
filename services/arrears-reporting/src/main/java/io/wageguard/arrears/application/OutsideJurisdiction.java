package io.wageguard.arrears.application;

/** The request concerns a jurisdiction the caller does not cover (403). */
public class OutsideJurisdiction extends RuntimeException {

  public OutsideJurisdiction(String message) {
    super(message);
  }
}
