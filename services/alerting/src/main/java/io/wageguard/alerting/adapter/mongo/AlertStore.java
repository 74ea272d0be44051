package io.wageguard.alerting.adapter.mongo;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.alerting.application.AlertFilter;
import io.wageguard.alerting.application.Alerts;
import io.wageguard.alerting.domain.Alert;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxEvent;
import io.wageguard.chassis.outbox.OutboxRelay;
import jakarta.annotation.PostConstruct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Alerts in MongoDB. A new alert is inserted only if absent: its id is name-based on the facts, so a redelivered or
 * repeated event finds it there and raises nothing. The alert and its event are one write.
 */
@Component
public class AlertStore implements Alerts {

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

  @Override
  public boolean insertIfAbsent(Alert alert, CloudEvent raised) {
    AlertDocument doc = AlertDocuments.of(alert);
    doc.emit(Topic.ALERTS, raised);
    try {
      mongo.insert(doc);
    } catch (DuplicateKeyException sameFacts) {
      meters.counter("wageguard.alerts.duplicates", "signal", alert.signal).increment();
      return false;
    }
    alert.version = doc.version;
    meters.counter("wageguard.alerts.raised", "signal", alert.signal, "level", alert.level,
        "jurisdiction", alert.jurisdiction).increment();
    relay.wakeUpInserted(AlertDocument.COLLECTION, alert.id, doc.getOutbox());
    return true;
  }

  @Override
  public Optional<Alert> find(String id) {
    return Optional.ofNullable(mongo.findById(id, AlertDocument.class)).map(AlertDocuments::toDomain);
  }

  /**
   * The lifecycle fields, its event in the outbox and the version bump in one write, only if nobody changed the
   * alert since it was read.
   */
  @Override
  public boolean update(Alert changed, CloudEvent event) {
    Update update = new Update()
        .set("status", changed.status)
        .set("level", changed.level)
        .set("escalations", AlertDocuments.escalations(changed.escalations))
        .set("routedTo", AlertDocuments.routedTo(changed.routedTo))
        .set("recipientIds", changed.recipientIds)
        .set("ruleIds", changed.ruleIds);
    setOrUnset(update, "escalateAt", changed.escalateAt);
    setOrUnset(update, "acknowledged", AlertDocuments.followUp(changed.acknowledged));
    setOrUnset(update, "resolved", AlertDocuments.followUp(changed.resolved));
    update.push("outbox", OutboxEvent.of(Topic.ALERTS, event)).inc("version", 1);
    OutboxRelay.markPending(update);
    long done = mongo.updateFirst(
        new Query(Criteria.where("_id").is(changed.id).and("version").is(changed.version)), update,
        AlertDocument.class).getModifiedCount();
    if (done == 1) {
      relay.wakeUp(AlertDocument.COLLECTION, changed.id);
      return true;
    }
    return false;
  }

  private static void setOrUnset(Update update, String field, Object value) {
    if (value == null) {
      update.unset(field);
    } else {
      update.set(field, value);
    }
  }

  @Override
  public List<Alert> dueForEscalation(Instant now, int limit) {
    return alerts(new Query(Criteria.where("status").is(Alert.OPEN).and("escalateAt").lte(now))
        .with(Sort.by("escalateAt")).limit(limit));
  }

  @Override
  public List<Alert> find(AlertFilter filter, long skip, int limit) {
    return alerts(query(filter).skip(skip).limit(limit));
  }

  @Override
  public long count(AlertFilter filter) {
    return mongo.count(query(filter), AlertDocument.class);
  }

  @Override
  public boolean existsFor(String creditCode) {
    return mongo.exists(Query.query(Criteria.where("creditCode").is(creditCode)), AlertDocument.class);
  }

  @Override
  public List<Alert> unresolvedIn(Collection<String> jurisdictions) {
    return alerts(new Query(Criteria.where("jurisdiction").in(jurisdictions).and("status").ne(Alert.RESOLVED)));
  }

  @Override
  public List<String> jurisdictions() {
    return mongo.findDistinct(new Query(), "jurisdiction", AlertDocument.class, String.class);
  }

  private List<Alert> alerts(Query query) {
    return mongo.find(query, AlertDocument.class).stream().map(AlertDocuments::toDomain).toList();
  }

  /** The filter as a query, newest first; {@code rule} matches the signal or any rule id the alert cites. */
  static Query query(AlertFilter filter) {
    List<Criteria> all = new ArrayList<>();
    if (filter.jurisdictions() != null) {
      all.add(Criteria.where("jurisdiction").in(filter.jurisdictions()));
    }
    if (filter.level() != null) {
      all.add(Criteria.where("level").is(filter.level()));
    }
    if (filter.rule() != null) {
      all.add(new Criteria().orOperator(Criteria.where("signal").is(filter.rule()),
          Criteria.where("ruleIds").is(filter.rule())));
    }
    if (filter.status() != null) {
      all.add(Criteria.where("status").is(filter.status()));
    }
    if (filter.creditCode() != null) {
      all.add(Criteria.where("creditCode").is(filter.creditCode()));
    }
    if (filter.unionId() != null) {
      all.add(Criteria.where("recipientIds").is(filter.unionId()));
    }
    if (filter.from() != null || filter.until() != null) {
      Criteria raised = Criteria.where("raisedAt");
      if (filter.from() != null) {
        raised = raised.gte(filter.from());
      }
      if (filter.until() != null) {
        raised = raised.lt(filter.until());
      }
      all.add(raised);
    }
    Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
    return query.with(Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.asc("_id")));
  }
}
