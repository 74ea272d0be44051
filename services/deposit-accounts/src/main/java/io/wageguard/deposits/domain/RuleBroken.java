package io.wageguard.deposits.domain;

import io.wageguard.chassis.web.Violation;
import java.util.List;

/** A request breaks a rule; each violation names the field and the rule id. The API answers 422. */
public class RuleBroken extends RuntimeException {
  private final List<Violation> violations;

  public RuleBroken(String field, String rule, String message) {
    this(List.of(new Violation(field, rule, message)));
  }

  public RuleBroken(List<Violation> violations) {
    super(violations.toString());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
