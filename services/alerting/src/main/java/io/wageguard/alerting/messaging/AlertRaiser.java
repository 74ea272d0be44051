package io.wageguard.alerting.messaging;

import io.wageguard.alerting.domain.AlertDecision;
import io.wageguard.alerting.domain.AlertRules;
import io.wageguard.alerting.domain.EarlyWarningPolicies;
import io.wageguard.alerting.domain.EarlyWarningPolicy;
import io.wageguard.alerting.domain.EnterpriseView;
import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.Observation;
import io.wageguard.alerting.persistence.AlertDocument;
import io.wageguard.alerting.persistence.AlertStore;
import io.wageguard.alerting.persistence.EnterpriseDocument;
import io.wageguard.alerting.persistence.UnionDirectory;
import io.wageguard.chassis.events.CloudEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Turns an observed signal into a stored, routed alert and its raised event. */
@Component
public class AlertRaiser {

  private static final Logger log = LoggerFactory.getLogger(AlertRaiser.class);
  private final AlertStore store;
  private final UnionDirectory directory;
  private final EarlyWarningPolicies policies;
  private final JurisdictionTree tree;
  private final MongoTemplate mongo;
  private final Clock clock;

  public AlertRaiser(AlertStore store, UnionDirectory directory, EarlyWarningPolicies policies,
      JurisdictionTree tree, MongoTemplate mongo, Clock clock) {
    this.store = store;
    this.directory = directory;
    this.policies = policies;
    this.tree = tree;
    this.mongo = mongo;
    this.clock = clock;
  }

  /** @return the alert id, or null when the same facts had raised it already */
  public String raise(Observation seen, CloudEvent cause) {
    // The same facts name the same alert: a repeat fails the insert below and raises nothing.
    String alertId = AlertEvents.alertId(seen.signal().id(), seen.identity());
    EnterpriseDocument enterpriseDoc = mongo.findById(seen.creditCode(), EnterpriseDocument.class);
    EnterpriseView enterprise = enterpriseDoc == null ? null : enterpriseDoc.toDomain();
    EarlyWarningPolicy policy = policies.forJurisdiction(seen.jurisdiction(), tree);
    AlertDecision decision = AlertRules.decide(seen, policy, directory.routing(), enterprise);

    Instant now = clock.instant();
    AlertDocument alert = new AlertDocument();
    alert.id = alertId;
    alert.signal = decision.signal().id();
    alert.level = decision.level().name();
    alert.baseLevel = decision.baseLevel().name();
    alert.ruleIds = new ArrayList<>(decision.ruleIds());
    alert.creditCode = seen.creditCode();
    alert.enterpriseName = enterprise == null ? null : enterprise.name();
    alert.jurisdiction = seen.jurisdiction();
    decision.routedTo().forEach(r -> {
      alert.routedTo.add(new AlertDocument.RecipientEntry(r.unionId(), r.name(), r.role().name()));
      alert.recipientIds.add(r.unionId());
    });
    alert.facts = new LinkedHashMap<>(decision.facts());
    alert.causedByEventId = cause.id();
    alert.causedByType = cause.type();
    alert.caseId = seen.caseId();
    alert.raisedAt = now;
    alert.policyVersion = decision.policyVersion();
    alert.status = "OPEN";
    alert.escalateAt = decision.level().isHighest() ? null : now.plus(policy.escalateAfter());
    boolean fresh = store.insertIfAbsent(alert, AlertEvents.raised(alert, clock));
    if (fresh) {
      log.info("{} {} raised for {} in {} → {}", alert.signal, alert.level, alert.creditCode, alert.jurisdiction,
          alert.recipientIds);
    }
    return fresh ? alertId : null;
  }
}
