package io.wageguard.registry.application;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.registry.domain.EnterpriseEvent;
import java.util.List;

/**
 * The CloudEvents of what happened to an enterprise (a port; the Kafka adapter knows the topic's contract). The
 * use cases hand them to {@link Enterprises} with the state, so both are written at once (the outbox).
 */
public interface EnterpriseEvents {

  List<CloudEvent> toCloudEvents(List<EnterpriseEvent> events);
}
