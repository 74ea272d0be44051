package io.wageguard.chassis.outbox;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Transient;

/**
 * Base of every MongoDB document that emits events: the pending events live in the document itself,
 * so saving the document (with {@link OutboxStore#save}) saves the state change and its events in one
 * atomic write.
 */
public abstract class OutboxDocument {

  /** Events not yet published, as stored; the relay removes them once the broker has them. */
  private List<OutboxEvent> outbox = new ArrayList<>();
  private Boolean outboxPending;
  /** Events emitted since this copy was loaded: the only ones a save may add. */
  @Transient
  private final List<OutboxEvent> emitted = new ArrayList<>();

  public void emit(Topic topic, CloudEvent event) {
    OutboxEvent pending = OutboxEvent.of(topic, event);
    outbox.add(pending);
    emitted.add(pending);
    outboxPending = true;
  }

  /** The events emitted since the last save, handed over once. */
  List<OutboxEvent> takeEmitted() {
    List<OutboxEvent> taken = List.copyOf(emitted);
    emitted.clear();
    return taken;
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
