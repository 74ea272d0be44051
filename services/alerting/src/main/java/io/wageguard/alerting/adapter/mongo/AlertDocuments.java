package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.domain.Alert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The explicit mapping between an alert and its document, field by field (the stored shape never follows code). */
final class AlertDocuments {

  private AlertDocuments() {}

  static Alert toDomain(AlertDocument d) {
    Alert a = new Alert();
    a.id = d.id;
    a.version = d.version;
    a.signal = d.signal;
    a.level = d.level;
    a.baseLevel = d.baseLevel;
    a.ruleIds = new ArrayList<>(d.ruleIds);
    a.creditCode = d.creditCode;
    a.enterpriseName = d.enterpriseName;
    a.jurisdiction = d.jurisdiction;
    a.routedTo = new ArrayList<>(d.routedTo.stream()
        .map(r -> new Alert.Routed(r.unionId, r.name, r.role)).toList());
    a.recipientIds = new ArrayList<>(d.recipientIds);
    a.facts = new LinkedHashMap<>(d.facts);
    a.causedByEventId = d.causedByEventId;
    a.causedByType = d.causedByType;
    a.caseId = d.caseId;
    a.raisedAt = d.raisedAt;
    a.policyVersion = d.policyVersion;
    a.status = d.status;
    a.escalateAt = d.escalateAt;
    a.escalations = new ArrayList<>(d.escalations.stream()
        .map(e -> new Alert.Escalation(e.from, e.to, e.at, e.reason)).toList());
    a.acknowledged = followUp(d.acknowledged);
    a.resolved = followUp(d.resolved);
    return a;
  }

  /** A new document of the alert, with an empty outbox. */
  static AlertDocument of(Alert a) {
    AlertDocument d = new AlertDocument();
    d.id = a.id;
    d.version = a.version;
    d.signal = a.signal;
    d.level = a.level;
    d.baseLevel = a.baseLevel;
    d.ruleIds = new ArrayList<>(a.ruleIds);
    d.creditCode = a.creditCode;
    d.enterpriseName = a.enterpriseName;
    d.jurisdiction = a.jurisdiction;
    d.routedTo = routedTo(a.routedTo);
    d.recipientIds = new ArrayList<>(a.recipientIds);
    d.facts = new LinkedHashMap<>(a.facts);
    d.causedByEventId = a.causedByEventId;
    d.causedByType = a.causedByType;
    d.caseId = a.caseId;
    d.raisedAt = a.raisedAt;
    d.policyVersion = a.policyVersion;
    d.status = a.status;
    d.escalateAt = a.escalateAt;
    d.escalations = escalations(a.escalations);
    d.acknowledged = followUp(a.acknowledged);
    d.resolved = followUp(a.resolved);
    return d;
  }

  static List<AlertDocument.RecipientEntry> routedTo(List<Alert.Routed> routed) {
    return new ArrayList<>(routed.stream()
        .map(r -> new AlertDocument.RecipientEntry(r.unionId(), r.name(), r.role())).toList());
  }

  static List<AlertDocument.Escalation> escalations(List<Alert.Escalation> escalations) {
    return new ArrayList<>(escalations.stream().map(e -> {
      AlertDocument.Escalation d = new AlertDocument.Escalation();
      d.from = e.from();
      d.to = e.to();
      d.at = e.at();
      d.reason = e.reason();
      return d;
    }).toList());
  }

  static AlertDocument.FollowUp followUp(Alert.FollowUp f) {
    if (f == null) {
      return null;
    }
    AlertDocument.FollowUp d = new AlertDocument.FollowUp();
    d.by = f.by();
    d.note = f.note();
    d.at = f.at();
    return d;
  }

  private static Alert.FollowUp followUp(AlertDocument.FollowUp d) {
    return d == null ? null : new Alert.FollowUp(d.by, d.note, d.at);
  }
}
