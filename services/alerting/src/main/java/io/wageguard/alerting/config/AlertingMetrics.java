package io.wageguard.alerting.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.wageguard.alerting.domain.AlertLevel;
import io.wageguard.alerting.adapter.mongo.AlertDocument;
import io.wageguard.chassis.metrics.PeriodicGauges;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Alert gauges, counted every refresh interval (never on scrape):
 * <ul>
 *   <li>{@code wageguard.alerts.open{jurisdiction,level,status}}: alerts not resolved; status OPEN means nobody
 *       acknowledged it yet, ACKNOWLEDGED that a union took it up;</li>
 *   <li>{@code wageguard.alerts.unacknowledged.oldest.age{jurisdiction}} (seconds): how long the oldest
 *       unacknowledged alert has waited (0 when none waits).</li>
 * </ul>
 * Counters kept by the service itself: {@code wageguard.alerts.raised{signal,level,...}}, {@code wageguard.alerts.escalated}.
 */
public class AlertingMetrics extends PeriodicGauges {

  static final String OPEN_ALERTS = "wageguard.alerts.open";
  static final String OLDEST_UNACKNOWLEDGED = "wageguard.alerts.unacknowledged.oldest.age";
  private static final List<String> NOT_RESOLVED = List.of("OPEN", "ACKNOWLEDGED");

  private final MongoTemplate mongo;
  private final Clock clock;

  public AlertingMetrics(MongoTemplate mongo, MeterRegistry meters, Clock clock, Duration interval) {
    super("alerting", meters, interval);
    this.mongo = mongo;
    this.clock = clock;
    declare(OPEN_ALERTS, "alerts not resolved, by level and whether acknowledged", null);
    declare(OLDEST_UNACKNOWLEDGED, "age of the oldest alert nobody has acknowledged", "seconds");
    publishAll(Map.of(), Map.of());
  }

  @Override
  protected void refresh() {
    Map<List<String>, Long> open = new HashMap<>();
    Aggregation byLevel = Aggregation.newAggregation(
        Aggregation.match(Criteria.where("status").in(NOT_RESOLVED)),
        Aggregation.group("jurisdiction", "level", "status").count().as("n"));
    for (Document row : mongo.aggregate(byLevel, AlertDocument.COLLECTION, Document.class)) {
      Document id = row.get("_id") instanceof Document nested ? nested : row;
      String jurisdiction = id.getString("jurisdiction");
      String level = id.getString("level");
      String status = id.getString("status");
      if (jurisdiction != null && level != null && status != null) {
        open.merge(List.of(jurisdiction, level, status), ((Number) row.get("n")).longValue(), Long::sum);
      }
    }
    Map<String, Instant> oldest = new HashMap<>();
    Aggregation oldestOpen = Aggregation.newAggregation(
        Aggregation.match(Criteria.where("status").is("OPEN")),
        Aggregation.group("jurisdiction").min("raisedAt").as("oldest"));
    for (Document row : mongo.aggregate(oldestOpen, AlertDocument.COLLECTION, Document.class)) {
      Object id = row.get("_id");
      String jurisdiction = id instanceof Document nested ? nested.getString("jurisdiction") : (String) id;
      if (jurisdiction != null && row.get("oldest") instanceof Date date) {
        oldest.put(jurisdiction, date.toInstant());
      }
    }
    publishAll(open, oldest);
  }

  private void publishAll(Map<List<String>, Long> open, Map<String, Instant> oldest) {
    Map<Tags, Long> openRows = new HashMap<>();
    Map<Tags, Double> ageRows = new HashMap<>();
    for (String jurisdiction : referenceJurisdictions()) {
      for (AlertLevel level : AlertLevel.values()) {
        NOT_RESOLVED.forEach(status -> openRows.put(
            Tags.of("jurisdiction", jurisdiction, "level", level.name(), "status", status), 0L));
      }
      ageRows.put(Tags.of("jurisdiction", jurisdiction), 0.0);
    }
    open.forEach((key, n) -> openRows.put(
        Tags.of("jurisdiction", key.get(0), "level", key.get(1), "status", key.get(2)), n));
    Instant now = clock.instant();
    oldest.forEach((jurisdiction, raisedAt) -> ageRows.put(Tags.of("jurisdiction", jurisdiction),
        Math.max(0, Duration.between(raisedAt, now).toMillis() / 1000.0)));
    publish(OPEN_ALERTS, openRows);
    publish(OLDEST_UNACKNOWLEDGED, ageRows);
  }
}
