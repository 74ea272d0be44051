package io.wageguard.registry.domain;

import java.time.LocalDate;
import java.util.Map;

/** What happened to an enterprise; each becomes one event on enterprise.events. */
public sealed interface EnterpriseEvent {

  Snapshot snapshot();

  record Registered(Snapshot snapshot, LocalDate effectiveDate) implements EnterpriseEvent {}

  record ProfileChanged(Snapshot snapshot, Map<String, Object> changed, LocalDate effectiveDate)
      implements EnterpriseEvent {
    public ProfileChanged {
      changed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changed));
    }
  }

  record PayrollDeclared(Snapshot snapshot, PayrollDeclaration declaration) implements EnterpriseEvent {}

  record RatingRecorded(Snapshot snapshot, Rating rating) implements EnterpriseEvent {}

  record DesignationRecorded(Snapshot snapshot, Designation designation) implements EnterpriseEvent {}

  record StatusChanged(Snapshot snapshot, Status previous, LocalDate effectiveDate) implements EnterpriseEvent {}
}
