package io.wageguard.registry.domain;

import java.time.Instant;
import java.time.LocalDate;

/** When a command happens (instant and Asia/Shanghai business date, P-1) and who gives it. */
public record Stamp(Instant at, LocalDate today, String actor) {

  public Stamp {
    actor = actor == null || actor.isBlank() ? "unknown" : actor.strip();
  }
}
