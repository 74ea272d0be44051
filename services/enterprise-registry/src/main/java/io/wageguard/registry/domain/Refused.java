package io.wageguard.registry.domain;

import java.util.List;

/** A command the registry refuses; each violation names the field and the rule it breaks. Nothing changed. */
public class Refused extends RuntimeException {

  private final List<Violation> violations;

  public Refused(List<Violation> violations) {
    super(violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b)
        .orElse("refused"));
    this.violations = List.copyOf(violations);
  }

  public static Refused of(String field, String rule, String message) {
    return new Refused(List.of(new Violation(field, rule, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
