package io.wageguard.arrears.domain;

import java.util.List;

/** A command breaks a rule; nothing changed. Every violation names the field and the rule. Answered 422 on REST. */
public class Refused extends RuntimeException {

  private final List<Violation> violations;

  public Refused(List<Violation> violations) {
    super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
    this.violations = List.copyOf(violations);
  }

  public static Refused of(String field, String rule, String message) {
    return new Refused(List.of(new Violation(field, rule, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
