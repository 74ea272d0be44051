package io.wageguard.deposits.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All policy versions; the one in force for a jurisdiction on a date is the latest effective on or before it. */
public record PolicyBook(List<Policy> policies) {

  public PolicyBook {
    policies = List.copyOf(policies);
    for (Policy a : policies) {
      for (Policy b : policies) {
        if (a != b && a.jurisdiction().equals(b.jurisdiction()) && a.effectiveFrom().equals(b.effectiveFrom())) {
          throw new IllegalArgumentException("two policies of " + a.jurisdiction() + " take effect on "
              + a.effectiveFrom() + ": " + a.ref() + ", " + b.ref());
        }
      }
    }
  }

  public Optional<Policy> inForce(String jurisdiction, LocalDate on) {
    if (jurisdiction == null) {
      return Optional.empty();
    }
    return policies.stream()
        .filter(p -> p.jurisdiction().equals(jurisdiction) && !p.effectiveFrom().isAfter(on))
        .max(Comparator.comparing(Policy::effectiveFrom));
  }
}
