package io.wageguard.alerting.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxRelay;
import jakarta.annotation.PostConstruct;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import io.wageguard.chassis.outbox.OutboxEvent;
import org.springframework.stereotype.Component;

/**
 * Writes alerts. A new alert is inserted only if absent: its id is name-based on the facts, so a
 * redelivered or repeated event finds it there and raises nothing. The alert and its event are one write.
 */
@Component
public class AlertStore {

  private final MongoTemplate mongo;
  private final OutboxRelay relay;
  private final MeterRegistry meters;

  public AlertStore(MongoTemplate mongo, OutboxRelay relay, MeterRegistry meters) {
    this.mongo = mongo;
    this.relay = relay;
    this.meters = meters;
  }

  @PostConstruct
  void registerOutbox() {
    relay.register(AlertDocument.COLLECTION);
  }

  /** @return true if the alert is new; false if the same facts raised it before (nothing changes). */
  public boolean insertIfAbsent(AlertDocument alert, CloudEvent raised) {
    alert.emit(Topic.ALERTS, raised);
    try {
      mongo.insert(alert);
    } catch (DuplicateKeyException sameFacts) {
      meters.counter("wageguard.alerts.duplicates", "signal", alert.signal).increment();
      return false;
    }
    meters.counter("wageguard.alerts.raised", "signal", alert.signal, "level", alert.level,
        "jurisdiction", alert.jurisdiction).increment();
    relay.wakeUpInserted(AlertDocument.COLLECTION, alert.id, alert.getOutbox());
    return true;
  }

  public Optional<AlertDocument> find(String id) {
    return Optional.ofNullable(mongo.findById(id, AlertDocument.class));
  }

  /**
   * Applies a lifecycle change atomically: the update, its event in the outbox and the version bump in
   * one write, only if nobody changed the alert since it was read. False when someone did.
   */
  public boolean apply(AlertDocument read, Update update, CloudEvent event) {
    update.push("outbox", OutboxEvent.of(Topic.ALERTS, event)).inc("version", 1);
    OutboxRelay.markPending(update);
    long changed = mongo.updateFirst(new Query(Criteria.where("_id").is(read.id).and("version").is(read.version)),
        update, AlertDocument.class).getModifiedCount();
    if (changed == 1) {
      relay.wakeUp(AlertDocument.COLLECTION, read.id);
      return true;
    }
    return false;
  }

}
