package io.wageguard.alerting.api;

import io.wageguard.alerting.persistence.AlertDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An alert as read over REST: what was raised, why, to whom, and what has happened since. */
public record AlertView(String alertId, String signal, String level, String baseLevel, List<String> ruleIds,
    String creditCode, String enterpriseName, String jurisdiction, List<AlertDocument.RecipientEntry> routedTo,
    Map<String, Object> facts, Map<String, String> causedBy, String caseId, Instant raisedAt,
    String policyVersion, String status, Instant escalateAt, List<AlertDocument.Escalation> escalations,
    AlertDocument.FollowUp acknowledged, AlertDocument.FollowUp resolved) {

  public static AlertView of(AlertDocument d) {
    return new AlertView(d.id, d.signal, d.level, d.baseLevel, d.ruleIds, d.creditCode, d.enterpriseName,
        d.jurisdiction, d.routedTo, d.facts, Map.of("eventId", d.causedByEventId, "type", d.causedByType),
        d.caseId, d.raisedAt, d.policyVersion, d.status, d.escalateAt, d.escalations, d.acknowledged,
        d.resolved);
  }
}
