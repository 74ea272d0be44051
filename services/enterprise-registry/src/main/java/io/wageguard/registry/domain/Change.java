package io.wageguard.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One entry of the history: who changed what, when it was recorded and from when it holds. */
public record Change(long version, Instant at, String actor, ChangeKind kind, LocalDate effectiveDate,
    Map<String, String> details) {

  public Change {
    details = Map.copyOf(details);
  }
}
