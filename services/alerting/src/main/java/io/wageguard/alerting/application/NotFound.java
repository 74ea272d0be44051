package io.wageguard.alerting.application;

/** No such record, or none the caller reaches: the answer does not confirm that it exists. */
public class NotFound extends RuntimeException {

  public NotFound(String message) {
    super(message);
  }
}
