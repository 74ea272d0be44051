package io.wageguard.registry.application;

/** No such enterprise, or none the caller reaches: the answer does not confirm that the code is registered. */
public class EnterpriseNotFound extends RuntimeException {

  public EnterpriseNotFound(String creditCode) {
    super("no enterprise " + creditCode + " in the register");
  }
}
