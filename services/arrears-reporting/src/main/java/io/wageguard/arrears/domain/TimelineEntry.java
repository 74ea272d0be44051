package io.wageguard.arrears.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One step in a case's history: what happened, when, which rules decided it and the facts used. */
public record TimelineEntry(Instant at, String type, List<String> ruleIds, String summary, Map<String, String> facts) {
  public TimelineEntry {
    ruleIds = List.copyOf(ruleIds);
    facts = Map.copyOf(facts);
  }
}
