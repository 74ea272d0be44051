package io.wageguard.alerting.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.alerting.domain.Alert;
import io.wageguard.alerting.domain.AlertLevel;
import io.wageguard.alerting.domain.AlertRules;
import io.wageguard.alerting.domain.EarlyWarningPolicies;
import io.wageguard.alerting.domain.EarlyWarningPolicy;
import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.Recipient;
import io.wageguard.alerting.domain.RecipientRole;
import io.wageguard.chassis.rules.Conflict;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What happens to an alert after it is raised: acknowledged, resolved (each with who, when and a note), or
 * escalated one level when nobody acknowledged it in time (EW policy {@code escalateAfter}). Each change is an
 * event on {@code alerts}, written with the change. The sweep is triggered on a schedule by config.
 */
@Service
public class AlertLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlertLifecycle.class);
  private static final int SWEEP_BATCH = 500;
  private final Alerts alerts;
  private final AlertEvents events;
  private final UnionDirectory directory;
  private final Reach reach;
  private final EarlyWarningPolicies policies;
  private final JurisdictionTree tree;
  private final MeterRegistry meters;
  private final Clock clock;

  public AlertLifecycle(Alerts alerts, AlertEvents events, UnionDirectory directory, Reach reach,
      EarlyWarningPolicies policies, JurisdictionTree tree, MeterRegistry meters, Clock clock) {
    this.alerts = alerts;
    this.events = events;
    this.directory = directory;
    this.reach = reach;
    this.policies = policies;
    this.tree = tree;
    this.meters = meters;
    this.clock = clock;
  }

  /**
   * A caller acknowledges an alert it reaches (stops its escalation), perhaps for a union it covers. The alert
   * records the caller's account as who did it.
   */
  public Alert acknowledge(Caller caller, String id, String unionId, String note) {
    check(caller, id, unionId);
    return acknowledge(id, caller.subject(), unionId, note);
  }

  public Alert resolve(Caller caller, String id, String unionId, String note) {
    check(caller, id, unionId);
    return resolve(id, caller.subject(), unionId, note);
  }

  /** An alert out of reach is "not found"; acting for a union outside the caller's jurisdictions is forbidden. */
  private void check(Caller caller, String id, String unionId) {
    reach.alert(caller, id);
    if (unionId != null) {
      directory.find(unionId).filter(union -> !reach.reaches(caller, union)).ifPresent(union -> {
        throw new OutsideJurisdiction("Union " + unionId + " is outside the jurisdictions of " + caller.subject());
      });
    }
  }

  private Alert acknowledge(String id, String by, String unionId, String note) {
    Alert alert = load(id, unionId);
    if (!Alert.OPEN.equals(alert.status)) {
      throw new Conflict("alert " + id + " is " + alert.status, "alerts", id);
    }
    return followUp(alert, Alert.ACKNOWLEDGED, by, unionId, note);
  }

  private Alert resolve(String id, String by, String unionId, String note) {
    Alert alert = load(id, unionId);
    if (Alert.RESOLVED.equals(alert.status)) {
      throw new Conflict("alert " + id + " is resolved", "alerts", id);
    }
    return followUp(alert, Alert.RESOLVED, by, unionId, note);
  }

  private Alert followUp(Alert alert, String status, String by, String unionId, String note) {
    Alert.FollowUp followUp = new Alert.FollowUp(unionId == null ? by : by + " (" + unionId + ")", note,
        clock.instant());
    alert.followUp(status, followUp);
    if (!alerts.update(alert, events.followedUp(alert, followUp))) {
      throw new OptimisticLockingFailureException("alert " + alert.id + " changed meanwhile");
    }
    meters.counter("wageguard.alerts.followed.up", "status", status, "signal", alert.signal).increment();
    return alerts.find(alert.id).orElseThrow();
  }

  private Alert load(String id, String unionId) {
    Alert alert = alerts.find(id).orElseThrow(() -> new NotFound("no alert " + id));
    if (unionId != null && !alert.isRoutedTo(unionId)) {
      // a union only follows up the alerts routed to it
      throw RuleBroken.of("unionId", "EW-routing", unionId + " is not a recipient of this alert");
    }
    return alert;
  }

  /** Escalates every open alert whose acknowledgement time has passed; indexed on (status, escalateAt). */
  public int sweep() {
    Instant now = clock.instant();
    int escalated = 0;
    for (Alert alert : alerts.dueForEscalation(now, SWEEP_BATCH)) {
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

  private boolean escalate(Alert alert, Instant now) {
    AlertLevel to = AlertRules.escalated(AlertLevel.valueOf(alert.level));
    EarlyWarningPolicy policy = policies.forJurisdiction(alert.jurisdiction, tree);
    // TC-8: at the highest level the jurisdiction's joint meeting receives it too
    List<Recipient> jointMeeting = to.isHighest()
        ? directory.routing().route(List.of(RecipientRole.JOINT_MEETING), alert.creditCode, alert.jurisdiction, null)
        : List.of();
    Alert.Escalation step = alert.escalate(to, now, policy.escalateAfter(), jointMeeting);
    boolean done = alerts.update(alert,
        events.escalated(alert, step.from(), step.reason(), alert.escalations.size()));
    if (done) {
      meters.counter("wageguard.alerts.escalated", "level", to.name(), "jurisdiction", alert.jurisdiction)
          .increment();
    }
    return done;
  }
}
