package io.wageguard.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What was true about an enterprise on a date ({@code asOf}; null: now): its profile and since when, the
 * payroll declarations, ratings and designations in force, and the changes that had taken effect.
 */
public record EnterpriseView(String creditCode, LocalDate asOf, long version, Instant registeredAt,
    DatedProfile profile, List<PayrollDeclaration> payroll, List<Rating> ratings, List<Designation> designations,
    List<Change> history) {

  public Optional<Rating> rating(int year) {
    return ratings.stream().filter(r -> r.year() == year).findFirst();
  }

  public Optional<Rating> latestRating() {
    return ratings.stream().max(Comparator.comparingInt(Rating::year));
  }

  public Optional<PayrollDeclaration> payroll(PayrollKind kind, String period) {
    return payroll.stream().filter(p -> p.kind() == kind && p.period().equals(period)).findFirst();
  }

  public Optional<Designation> designation(int year) {
    return designations.stream().filter(d -> d.year() == year).findFirst();
  }
}
