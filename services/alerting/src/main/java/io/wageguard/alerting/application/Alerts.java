package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.Alert;
import io.wageguard.chassis.events.CloudEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The alerts (a port; the MongoDB adapter keeps them). An alert and the event it emits are one write: the event
 * waits in the alert's outbox until the relay has published it.
 */
public interface Alerts {

  /** @return true if the alert is new; false if the same facts raised it before (nothing changes) */
  boolean insertIfAbsent(Alert alert, CloudEvent raised);

  Optional<Alert> find(String id);

  /**
   * Stores a lifecycle change (status, level, escalations, follow-ups, recipients) with its event, in one write,
   * only if nobody changed the alert since it was read at {@code changed.version}. False when someone did.
   */
  boolean update(Alert changed, CloudEvent event);

  /** Open alerts whose acknowledgement time has passed, the most overdue first (an indexed query). */
  List<Alert> dueForEscalation(Instant now, int limit);

  /** The alerts matching the filter, newest first, a page of them. */
  List<Alert> find(AlertFilter filter, long skip, int limit);

  long count(AlertFilter filter);

  boolean existsFor(String creditCode);

  /** The alerts not resolved in these jurisdictions. */
  List<Alert> unresolvedIn(Collection<String> jurisdictions);

  /** Every jurisdiction an alert was raised in. */
  List<String> jurisdictions();
}
