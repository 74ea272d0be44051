package io.wageguard.alerting.application;

import java.util.List;

/** A request that breaks a rule; nothing changed. Each violation names the field and the rule. */
public class Refused extends RuntimeException {

  private final List<Violation> violations;

  public Refused(List<Violation> violations) {
    super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
        .orElse("rule violated"));
    this.violations = List.copyOf(violations);
  }

  public static Refused of(String field, String rule, String message) {
    return new Refused(List.of(new Violation(field, rule, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
