package io.wageguard.chassis.outbox;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.tracing.CurrentTrace;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * An event waiting to be published, stored in the same MongoDB document as the state change that
 * caused it (the document's {@code outbox} field), so that the change and its events are one atomic
 * write. The relay publishes it and then removes it. {@code traceparent} is the trace context of the
 * request or record that emitted it (null outside a trace): the relay publishes under it, so the trace
 * continues across the outbox.
 */
public record OutboxEvent(String eventId, String topic, String key, String type, String payload, Instant createdAt,
    String traceparent) {

  @PersistenceCreator
  public OutboxEvent {
  }

  public OutboxEvent(String eventId, String topic, String key, String type, String payload, Instant createdAt) {
    this(eventId, topic, key, type, payload, createdAt, null);
  }

  public static OutboxEvent of(Topic topic, CloudEvent event) {
    String traceparent = event.traceparent() != null ? event.traceparent() : CurrentTrace.traceparent();
    return new OutboxEvent(event.id(), topic.topicName(), event.subject(), event.type(),
        CloudEventCodec.toJson(event), event.time(), traceparent);
  }
}
