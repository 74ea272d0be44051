package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.domain.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An alert as read over REST: what was raised, why, to whom, and what has happened since. */
public record AlertView(String alertId, String signal, String level, String baseLevel, List<String> ruleIds,
    String creditCode, String enterpriseName, String jurisdiction, List<Alert.Routed> routedTo,
    Map<String, Object> facts, Map<String, String> causedBy, String caseId, Instant raisedAt,
    String policyVersion, String status, Instant escalateAt, List<Alert.Escalation> escalations,
    Alert.FollowUp acknowledged, Alert.FollowUp resolved) {

  public static AlertView of(Alert a) {
    return new AlertView(a.id, a.signal, a.level, a.baseLevel, a.ruleIds, a.creditCode, a.enterpriseName,
        a.jurisdiction, a.routedTo, a.facts, Map.of("eventId", a.causedByEventId, "type", a.causedByType),
        a.caseId, a.raisedAt, a.policyVersion, a.status, a.escalateAt, a.escalations, a.acknowledged,
        a.resolved);
  }
}
