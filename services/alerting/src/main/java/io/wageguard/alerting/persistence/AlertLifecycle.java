package io.wageguard.alerting.persistence;

import io.wageguard.alerting.domain.AlertLevel;
import io.wageguard.alerting.domain.AlertRules;
import io.wageguard.alerting.domain.EarlyWarningPolicies;
import io.wageguard.alerting.domain.EarlyWarningPolicy;
import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.Recipient;
import io.wageguard.alerting.domain.RecipientRole;
import io.wageguard.alerting.messaging.AlertEvents;
import io.wageguard.chassis.web.ConflictException;
import io.wageguard.chassis.web.NotFoundException;
import io.wageguard.chassis.web.RuleViolationException;
import io.wageguard.chassis.web.Violation;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What happens to an alert after it is raised: acknowledged, resolved (each with who, when and a note),
 * or escalated one level when nobody acknowledged it in time (EW policy {@code escalateAfter}). Each
 * change is an event on {@code alerts}, written with the change.
 */
@Component
public class AlertLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlertLifecycle.class);
  private final MongoTemplate mongo;
  private final AlertStore store;
  private final UnionDirectory directory;
  private final EarlyWarningPolicies policies;
  private final JurisdictionTree tree;
  private final MeterRegistry meters;
  private final Clock clock;

  public AlertLifecycle(MongoTemplate mongo, AlertStore store, UnionDirectory directory,
      EarlyWarningPolicies policies, JurisdictionTree tree, MeterRegistry meters, Clock clock) {
    this.mongo = mongo;
    this.store = store;
    this.directory = directory;
    this.policies = policies;
    this.tree = tree;
    this.meters = meters;
    this.clock = clock;
  }

  public AlertDocument acknowledge(String id, String by, String unionId, String note) {
    AlertDocument alert = load(id, unionId);
    if (!"OPEN".equals(alert.status)) {
      throw new ConflictException("alert " + id + " is " + alert.status, URI.create("/api/alerts/" + id));
    }
    return followUp(alert, "ACKNOWLEDGED", "acknowledged", AlertEvents.ACKNOWLEDGED, by, unionId, note);
  }

  public AlertDocument resolve(String id, String by, String unionId, String note) {
    AlertDocument alert = load(id, unionId);
    if ("RESOLVED".equals(alert.status)) {
      throw new ConflictException("alert " + id + " is resolved", URI.create("/api/alerts/" + id));
    }
    return followUp(alert, "RESOLVED", "resolved", AlertEvents.RESOLVED, by, unionId, note);
  }

  private AlertDocument followUp(AlertDocument alert, String status, String field, String type, String by,
      String unionId, String note) {
    AlertDocument.FollowUp followUp = new AlertDocument.FollowUp();
    followUp.by = unionId == null ? by : by + " (" + unionId + ")";
    followUp.note = note;
    followUp.at = clock.instant();
    alert.status = status;
    Update update = new Update().set("status", status).set(field, followUp).unset("escalateAt");
    if (!store.apply(alert, update, AlertEvents.followedUp(alert, type, followUp, clock))) {
      throw new OptimisticLockingFailureException("alert " + alert.id + " changed meanwhile");
    }
    meters.counter("wageguard.alerts.followed.up", "status", status, "signal", alert.signal).increment();
    return mongo.findById(alert.id, AlertDocument.class);
  }

  private AlertDocument load(String id, String unionId) {
    AlertDocument alert = mongo.findById(id, AlertDocument.class);
    if (alert == null) {
      throw new NotFoundException("no alert " + id);
    }
    if (unionId != null && !alert.recipientIds.contains(unionId)) {
      // a union only follows up the alerts routed to it
      throw new RuleViolationException(List.of(new Violation("unionId", "EW-routing",
          unionId + " is not a recipient of this alert")));
    }
    return alert;
  }

  /** Escalates every open alert whose acknowledgement time has passed; indexed on (status, escalateAt). */
  @Scheduled(fixedDelayString = "${wageguard.alerting.escalation.sweep-interval:PT30S}",
      initialDelayString = "${wageguard.alerting.escalation.sweep-interval:PT30S}")
  public int sweep() {
    Instant now = clock.instant();
    List<AlertDocument> due = mongo.find(new Query(Criteria.where("status").is("OPEN").and("escalateAt").lte(now))
        .with(Sort.by("escalateAt")).limit(500), AlertDocument.class);
    int escalated = 0;
    for (AlertDocument alert : due) {
      try {
        if (escalate(alert, now)) {
          escalated++;
        }
      } catch (RuntimeException e) {
        log.warn("escalating {} failed, next sweep retries: {}", alert.id, e.toString());
      }
    }
    return escalated;
  }

  private boolean escalate(AlertDocument alert, Instant now) {
    AlertLevel from = AlertLevel.valueOf(alert.level);
    AlertLevel to = AlertRules.escalated(from);
    EarlyWarningPolicy policy = policies.forJurisdiction(alert.jurisdiction, tree);
    AlertDocument.Escalation step = new AlertDocument.Escalation();
    step.from = from.name();
    step.to = to.name();
    step.at = now;
    step.reason = "not acknowledged within " + policy.escalateAfter();
    alert.level = to.name();
    alert.escalations = new ArrayList<>(alert.escalations);
    alert.escalations.add(step);
    Update update = new Update().set("level", to.name()).push("escalations", step);
    if (to.isHighest()) {
      // TC-8: at the highest level the jurisdiction's joint meeting receives it too
      List<Recipient> more = directory.routing().route(List.of(RecipientRole.JOINT_MEETING), alert.creditCode,
          alert.jurisdiction, null);
      List<AlertDocument.RecipientEntry> routed = new ArrayList<>(alert.routedTo);
      List<String> ids = new ArrayList<>(alert.recipientIds);
      for (Recipient r : more) {
        if (r.role() != RecipientRole.UNROUTED && !ids.contains(r.unionId())) {
          routed.add(new AlertDocument.RecipientEntry(r.unionId(), r.name(), r.role().name()));
          ids.add(r.unionId());
        }
      }
      List<String> ruleIds = new ArrayList<>(alert.ruleIds);
      if (!ruleIds.contains("TC-8")) {
        ruleIds.add("TC-8");
      }
      alert.routedTo = routed;
      alert.recipientIds = ids;
      alert.ruleIds = ruleIds;
      update.set("routedTo", routed).set("recipientIds", ids).set("ruleIds", ruleIds).unset("escalateAt");
    } else {
      update.set("escalateAt", now.plus(policy.escalateAfter()));
    }
    boolean done = store.apply(alert, update,
        AlertEvents.escalated(alert, from.name(), step.reason, alert.escalations.size(), clock));
    if (done) {
      meters.counter("wageguard.alerts.escalated", "level", to.name(), "jurisdiction", alert.jurisdiction)
          .increment();
    }
    return done;
  }
}
