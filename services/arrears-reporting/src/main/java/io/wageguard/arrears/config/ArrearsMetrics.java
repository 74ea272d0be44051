package io.wageguard.arrears.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.wageguard.arrears.domain.CaseStatus;
import io.wageguard.arrears.adapter.mongo.CaseDocument;
import io.wageguard.chassis.metrics.PeriodicGauges;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Arrears gauges for operators and the union federation, counted every refresh interval (never on scrape):
 * <ul>
 *   <li>{@code wageguard.arrears.cases.open{jurisdiction,status}}: cases not settled or closed;</li>
 *   <li>{@code wageguard.arrears.reports.overdue.open{jurisdiction}}: cases whose TC-2 report is overdue now
 *       (status REPORT_OVERDUE; the counter {@code wageguard.arrears.reports.overdue} counts how often it happened).</li>
 * </ul>
 * Counters kept by the service itself: {@code wageguard.arrears.cases.opened}, {@code wageguard.arrears.submissions.rejected}.
 */
public class ArrearsMetrics extends PeriodicGauges {

  static final String OPEN_CASES = "wageguard.arrears.cases.open";
  static final String REPORTS_OVERDUE = "wageguard.arrears.reports.overdue.open";
  private static final List<String> OPEN_STATUSES = Arrays.stream(CaseStatus.values())
      .filter(s -> !s.isFinal()).map(Enum::name).toList();

  private final MongoTemplate mongo;

  public ArrearsMetrics(MongoTemplate mongo, MeterRegistry meters, Duration interval) {
    super("arrears", meters, interval);
    this.mongo = mongo;
    declare(OPEN_CASES, "arrears cases not settled or closed", null);
    declare(REPORTS_OVERDUE, "open cases whose TC-2 report deadline passed without a valid report", null);
    publishCounts(Map.of());
  }

  @Override
  protected void refresh() {
    Aggregation countByJurisdictionAndStatus = Aggregation.newAggregation(
        Aggregation.match(Criteria.where("status").in(OPEN_STATUSES)),
        Aggregation.group("jurisdiction", "status").count().as("n"));
    Map<List<String>, Long> counts = new HashMap<>();
    for (Document row : mongo.aggregate(countByJurisdictionAndStatus, CaseDocument.COLLECTION, Document.class)) {
      Document id = row.get("_id") instanceof Document nested ? nested : row;
      String jurisdiction = id.getString("jurisdiction");
      String status = id.getString("status");
      if (jurisdiction != null && status != null) {
        counts.merge(List.of(jurisdiction, status), ((Number) row.get("n")).longValue(), Long::sum);
      }
    }
    publishCounts(counts);
  }

  private void publishCounts(Map<List<String>, Long> counts) {
    Map<Tags, Long> open = new HashMap<>();
    Map<Tags, Long> overdue = new HashMap<>();
    for (String jurisdiction : referenceJurisdictions()) {
      OPEN_STATUSES.forEach(status -> open.put(Tags.of("jurisdiction", jurisdiction, "status", status), 0L));
      overdue.put(Tags.of("jurisdiction", jurisdiction), 0L);
    }
    counts.forEach((key, n) -> {
      open.put(Tags.of("jurisdiction", key.get(0), "status", key.get(1)), n);
      if (CaseStatus.REPORT_OVERDUE.name().equals(key.get(1))) {
        overdue.put(Tags.of("jurisdiction", key.get(0)), n);
      }
    });
    publish(OPEN_CASES, open);
    publish(REPORTS_OVERDUE, overdue);
  }
}
