package io.wageguard.arrears.domain;

import io.wageguard.chassis.web.Violation;
import java.util.List;

/** A command breaks a rule; every violation names the field and the rule. Answered 422 on REST. */
public class DomainRuleException extends RuntimeException {

  private final List<Violation> violations;

  public DomainRuleException(List<Violation> violations) {
    super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
    this.violations = List.copyOf(violations);
  }

  public DomainRuleException(String field, String rule, String message) {
    this(List.of(new Violation(field, rule, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
