package io.wageguard.chassis.outbox;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of every MongoDB document that emits events: the pending events live in the document itself,
 * so saving the document saves the state change and its events in one atomic write.
 */
public abstract class OutboxDocument {

  private List<OutboxEvent> outbox = new ArrayList<>();
  private Boolean outboxPending;

  public void emit(Topic topic, CloudEvent event) {
    outbox.add(OutboxEvent.of(topic, event));
    outboxPending = true;
  }

  public List<OutboxEvent> getOutbox() {
    return outbox;
  }

  public void setOutbox(List<OutboxEvent> outbox) {
    this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
  }

  public Boolean getOutboxPending() {
    return outboxPending;
  }

  public void setOutboxPending(Boolean outboxPending) {
    this.outboxPending = outboxPending;
  }
}
