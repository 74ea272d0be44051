package io.wageguard.chassis.rules;

/**
 * A request the service refuses; nothing changed. The kinds are closed so that one place (the chassis' problem advice
 * on REST, a listener's rejection on Kafka) answers every one of them.
 */
public abstract sealed class Refusal extends RuntimeException
    permits RuleBroken, NotFound, OutsideJurisdiction, Conflict {

  Refusal(String message) {
    super(message);
  }
}
