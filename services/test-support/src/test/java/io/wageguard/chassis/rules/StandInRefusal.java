package io.wageguard.chassis.rules;

/**
 * A stand-in in the chassis' refusals package, for HouseRulesTest only: test-support cannot depend on the chassis
 * (the chassis tests with test-support), and the rules look at package names, so a class here is what a domain
 * throwing {@code RuleBroken} depends on.
 */
public class StandInRefusal extends RuntimeException {
  public StandInRefusal(String message) {
    super(message);
  }
}
