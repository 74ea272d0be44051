package io.wageguard.deposits.application;

/** No deposit of this enterprise, or none the caller reaches: the answer does not confirm that it exists. */
public class DepositNotFound extends RuntimeException {

  public DepositNotFound(String message) {
    super(message);
  }
}
