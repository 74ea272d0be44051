package io.wageguard.deposits.domain;

import java.util.List;

/**
 * A request breaks a rule; nothing changed. Each violation names the field and the rule id. The REST adapter answers
 * 422 with them (adapter.rest.DepositProblems).
 */
public class Refused extends RuntimeException {
  private final List<Violation> violations;

  public Refused(String field, String rule, String message) {
    this(List.of(new Violation(field, rule, message)));
  }

  public Refused(List<Violation> violations) {
    super(violations.toString());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
