package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.Alert;
import io.wageguard.chassis.events.CloudEvent;

/**
 * The CloudEvents alerting writes on {@code alerts} (a port; the Kafka adapter knows the topic's contract). The
 * use cases store them with the alert's change, in one write.
 */
public interface AlertEvents {

  CloudEvent raised(Alert alert);

  /** One escalation step; {@code step} is the how-manieth escalation of the alert. */
  CloudEvent escalated(Alert alert, String previousLevel, String reason, int step);

  /** Acknowledged or resolved, as the alert's status says. */
  CloudEvent followedUp(Alert alert, Alert.FollowUp followUp);
}
