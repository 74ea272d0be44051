package io.wageguard.alerting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One raised alert and what happened to it since: acknowledged, resolved (each with who, when and a note), or
 * escalated one level when nobody acknowledged it in time. Its id is name-based on the facts that caused it;
 * {@code version} counts its changes, so a change made meanwhile is detected, never lost.
 */
public final class Alert {

  public static final String OPEN = "OPEN";
  public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
  public static final String RESOLVED = "RESOLVED";

  /** A recipient as the alert records it: the directory entry, its name, and why (the role). */
  public record Routed(String unionId, String name, String role) {}

  public record Escalation(String from, String to, Instant at, String reason) {}

  /** Who acknowledged or resolved it, when, and their note. */
  public record FollowUp(String by, String note, Instant at) {}

  public String id;
  public Long version;
  public String signal;
  public String level;
  public String baseLevel;
  public List<String> ruleIds = new ArrayList<>();
  public String creditCode;
  public String enterpriseName;
  public String jurisdiction;
  public List<Routed> routedTo = new ArrayList<>();
  public List<String> recipientIds = new ArrayList<>();
  public Map<String, Object> facts = new LinkedHashMap<>();
  public String causedByEventId;
  public String causedByType;
  public String caseId;
  public Instant raisedAt;
  public String policyVersion;
  /** OPEN, ACKNOWLEDGED, RESOLVED */
  public String status;
  /** When it escalates if nobody acknowledges it; null once acknowledged, resolved or at the highest level. */
  public Instant escalateAt;
  public List<Escalation> escalations = new ArrayList<>();
  public FollowUp acknowledged;
  public FollowUp resolved;

  /** A new alert as the rules decided it: open, and due to escalate unless it is at the highest level already. */
  public static Alert raised(String id, Observation seen, AlertDecision decision, EnterpriseView enterprise,
      String causedByEventId, String causedByType, Instant now, Duration escalateAfter) {
    Alert alert = new Alert();
    alert.id = id;
    alert.signal = decision.signal().id();
    alert.level = decision.level().name();
    alert.baseLevel = decision.baseLevel().name();
    alert.ruleIds = new ArrayList<>(decision.ruleIds());
    alert.creditCode = seen.creditCode();
    alert.enterpriseName = enterprise == null ? null : enterprise.name();
    alert.jurisdiction = seen.jurisdiction();
    decision.routedTo().forEach(r -> {
      alert.routedTo.add(new Routed(r.unionId(), r.name(), r.role().name()));
      alert.recipientIds.add(r.unionId());
    });
    alert.facts = new LinkedHashMap<>(decision.facts());
    alert.causedByEventId = causedByEventId;
    alert.causedByType = causedByType;
    alert.caseId = seen.caseId();
    alert.raisedAt = now;
    alert.policyVersion = decision.policyVersion();
    alert.status = OPEN;
    alert.escalateAt = decision.level().isHighest() ? null : now.plus(escalateAfter);
    return alert;
  }

  public boolean isRoutedTo(String unionId) {
    return recipientIds.contains(unionId);
  }

  /** Acknowledged (status ACKNOWLEDGED) or resolved (RESOLVED): either way it escalates no further. */
  public void followUp(String newStatus, FollowUp followUp) {
    status = newStatus;
    if (ACKNOWLEDGED.equals(newStatus)) {
      acknowledged = followUp;
    } else {
      resolved = followUp;
    }
    escalateAt = null;
  }

  /**
   * One level up, because nobody acknowledged it within {@code escalateAfter}. At the highest level (TC-8) the
   * jurisdiction's joint meeting receives it too ({@code jointMeeting}, unrouted ones left out) and it escalates
   * no further; below it, it escalates again after {@code escalateAfter}.
   */
  public Escalation escalate(AlertLevel to, Instant now, Duration escalateAfter, List<Recipient> jointMeeting) {
    Escalation step = new Escalation(level, to.name(), now, "not acknowledged within " + escalateAfter);
    level = to.name();
    escalations = new ArrayList<>(escalations);
    escalations.add(step);
    if (to.isHighest()) {
      List<Routed> routed = new ArrayList<>(routedTo);
      List<String> ids = new ArrayList<>(recipientIds);
      for (Recipient r : jointMeeting) {
        if (r.role() != RecipientRole.UNROUTED && !ids.contains(r.unionId())) {
          routed.add(new Routed(r.unionId(), r.name(), r.role().name()));
          ids.add(r.unionId());
        }
      }
      List<String> rules = new ArrayList<>(ruleIds);
      if (!rules.contains("TC-8")) {
        rules.add("TC-8");
      }
      routedTo = routed;
      recipientIds = ids;
      ruleIds = rules;
      escalateAt = null;
    } else {
      escalateAt = now.plus(escalateAfter);
    }
    return step;
  }
}
