package io.wageguard.registry.application;

/** The credit code is registered already; the existing record is the one to change. */
public class AlreadyRegistered extends RuntimeException {

  private final String creditCode;

  public AlreadyRegistered(String creditCode) {
    super("enterprise " + creditCode + " is registered already");
    this.creditCode = creditCode;
  }

  public String creditCode() {
    return creditCode;
  }
}
