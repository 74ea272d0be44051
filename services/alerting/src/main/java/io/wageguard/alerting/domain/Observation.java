package io.wageguard.alerting.domain;

import java.util.List;
import java.util.Map;

/**
 * A signal observed in an event: which signal, about whom and where, the facts that identify it (the
 * same identity never raises two alerts), and the facts it was computed from.
 *
 * @param identity     the causing facts, e.g. the caseId; with the signal they make the alert id
 * @param citedRuleIds the rules the causing event cites (TC-2, TC-3b …)
 * @param workers      workers affected, when known (EW-9); null otherwise
 * @param groupArrears what the event said about group arrears (EW-9); null when it did not say
 * @param missCount    EW-7: the how-manieth miss of the obligation; 0 otherwise
 */
public record Observation(
    Signal signal,
    String creditCode,
    String jurisdiction,
    List<String> identity,
    List<String> citedRuleIds,
    Integer workers,
    Boolean groupArrears,
    int missCount,
    Map<String, Object> facts,
    String caseId) {

  public Observation {
    identity = List.copyOf(identity);
    citedRuleIds = citedRuleIds == null ? List.of() : List.copyOf(citedRuleIds);
    facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
  }
}
