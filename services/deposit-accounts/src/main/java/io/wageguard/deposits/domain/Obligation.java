package io.wageguard.deposits.domain;

import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.deposits.domain.Assessment.DueDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The deposit obligation (TC-3, TC-6, HT-1): the assessment in force and every one before it, numbered. A new
 * decision is recorded only when the assessor decides differently, or when a start date gives it deadlines.
 */
final class Obligation {

  private Assessment current;
  private final List<Assessment> history;

  Obligation() {
    this(null, List.of());
  }

  Obligation(Assessment current, List<Assessment> history) {
    this.current = current;
    this.history = new ArrayList<>(history == null ? List.of() : history);
  }

  Assessment current() {
    return current;
  }

  List<Assessment> history() {
    return List.copyOf(history);
  }

  boolean required() {
    return current != null && current.outcome() == Outcome.REQUIRED;
  }

  /** Records {@code decision} as the next assessment, with its deadlines. */
  DomainEvent.ObligationAssessed decide(Assessment decision, List<DueDate> deadlines, Instant now) {
    current = decision.numbered(history.size() + 1, deadlines, now);
    history.add(current);
    return new DomainEvent.ObligationAssessed(current);
  }

  /** The assessment in force on {@code date}: the last one made by then. */
  Assessment asOf(LocalDate date) {
    return history.stream().filter(x -> !x.asOf().isAfter(date)).reduce((x, y) -> y).orElse(null);
  }

  void requireRequired(String rule) {
    if (!required()) {
      throw RuleBroken.of("creditCode", rule, "no deposit is required: the assessment is "
          + (current == null ? "missing" : current.outcome()));
    }
  }
}
