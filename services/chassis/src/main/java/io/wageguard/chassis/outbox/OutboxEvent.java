package io.wageguard.chassis.outbox;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.Topic;
import java.time.Instant;

/**
 * An event waiting to be published, stored in the same MongoDB document as the state change that
 * caused it (the document's {@code outbox} field), so that the change and its events are one atomic
 * write. The relay publishes it and then removes it.
 */
public record OutboxEvent(String eventId, String topic, String key, String type, String payload, Instant createdAt) {

  public static OutboxEvent of(Topic topic, CloudEvent event) {
    return new OutboxEvent(event.id(), topic.topicName(), event.subject(), event.type(),
        CloudEventCodec.toJson(event), event.time());
  }
}
