package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.Alert;
import io.wageguard.alerting.domain.AlertDecision;
import io.wageguard.alerting.domain.AlertRules;
import io.wageguard.alerting.domain.EarlyWarningPolicies;
import io.wageguard.alerting.domain.EarlyWarningPolicy;
import io.wageguard.alerting.domain.EnterpriseView;
import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.Observation;
import io.wageguard.chassis.events.EventIds;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Turns an observed signal into a stored, routed alert and its raised event (one write). */
@Service
public class AlertRaiser {

  private static final Logger log = LoggerFactory.getLogger(AlertRaiser.class);
  private final Alerts alerts;
  private final AlertEvents events;
  private final EnterpriseViews enterprises;
  private final UnionDirectory directory;
  private final EarlyWarningPolicies policies;
  private final JurisdictionTree tree;
  private final Clock clock;

  public AlertRaiser(Alerts alerts, AlertEvents events, EnterpriseViews enterprises, UnionDirectory directory,
      EarlyWarningPolicies policies, JurisdictionTree tree, Clock clock) {
    this.alerts = alerts;
    this.events = events;
    this.enterprises = enterprises;
    this.directory = directory;
    this.policies = policies;
    this.tree = tree;
    this.clock = clock;
  }

  /** The alert's id: name-based on the signal and the facts that caused it. */
  public static String alertId(String signal, List<String> identity) {
    String[] parts = new String[identity.size() + 2];
    parts[0] = "alert";
    parts[1] = signal;
    for (int i = 0; i < identity.size(); i++) {
      parts[i + 2] = identity.get(i);
    }
    return EventIds.nameBased(parts);
  }

  /**
   * @param causedByEventId, causedByType the event that reported the facts
   * @return the alert id, or null when the same facts had raised it already
   */
  public String raise(Observation seen, String causedByEventId, String causedByType) {
    // The same facts name the same alert: a repeat fails the insert and raises nothing.
    String alertId = alertId(seen.signal().id(), seen.identity());
    EnterpriseView enterprise = enterprises.find(seen.creditCode()).orElse(null);
    EarlyWarningPolicy policy = policies.forJurisdiction(seen.jurisdiction(), tree);
    AlertDecision decision = AlertRules.decide(seen, policy, directory.routing(), enterprise);
    Instant now = clock.instant();
    Alert alert = Alert.raised(alertId, seen, decision, enterprise, causedByEventId, causedByType, now,
        policy.escalateAfter());
    boolean fresh = alerts.insertIfAbsent(alert, events.raised(alert));
    if (fresh) {
      log.info("{} {} raised for {} in {} → {}", alert.signal, alert.level, alert.creditCode, alert.jurisdiction,
          alert.recipientIds);
    }
    return fresh ? alertId : null;
  }
}
