package io.wageguard.chassis.events;

/** A record that is not a readable CloudEvent. Never retried: it goes to the dead-letter topic. */
public class InvalidCloudEventException extends RuntimeException {
  public InvalidCloudEventException(String message) {
    super(message);
  }
}
