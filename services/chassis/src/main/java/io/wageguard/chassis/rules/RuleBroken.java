package io.wageguard.chassis.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A well-formed request that breaks one or more rules; nothing changed. Every violation names the field, the rule id
 * and a message. Answered 422 on REST, listing them all; the same violations are a rejection's reasons on Kafka.
 */
public final class RuleBroken extends Refusal {

  private final List<Violation> violations;

  public RuleBroken(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  public static RuleBroken of(String field, String rule, String message) {
    return new RuleBroken(List.of(new Violation(field, rule, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return violations.isEmpty() ? "rule violated" : violations.stream()
        .map(v -> v.field() + ": " + v.message() + " (" + v.rule() + ")").collect(Collectors.joining("; "));
  }
}
