package io.wageguard.registry.domain;

import io.wageguard.chassis.rules.Violation;
import java.time.LocalDate;
import java.util.List;

/** Facts hold from a business date (P-1); the registry records what is or was true, never the future. */
final class EffectiveDates {

  static final String FIELD = "effectiveDate";

  private EffectiveDates() {}

  static void notAfterToday(List<Violation> found, LocalDate effectiveDate, LocalDate today) {
    if (effectiveDate != null && effectiveDate.isAfter(today)) {
      found.add(new Violation(FIELD, "P-1", "must not be after today (" + today + ")"));
    }
  }
}
