package io.wageguard.chassis.web;

import java.util.List;

/** A request that is well-formed but breaks a rule: answered 422 with every violation listed. */
public class RuleViolationException extends RuntimeException {

  private final List<Violation> violations;

  public RuleViolationException(List<Violation> violations) {
    super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
        .orElse("rule violated"));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
