package io.wageguard.chassis.rules;

/** No such record, or none the caller reaches: the answer does not confirm that it exists (404 on REST). */
public final class NotFound extends Refusal {

  public NotFound(String message) {
    super(message);
  }
}
