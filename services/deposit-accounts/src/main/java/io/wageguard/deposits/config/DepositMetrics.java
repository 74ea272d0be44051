package io.wageguard.deposits.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.wageguard.chassis.metrics.PeriodicGauges;
import io.wageguard.deposits.domain.Outcome;
import io.wageguard.deposits.adapter.mongo.DepositDocument;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Deposit compliance gauges by jurisdiction, computed every refresh interval (never on scrape), in yuan:
 * <ul>
 *   <li>{@code wageguard.deposits.required.amount}: the deposit required of enterprises assessed REQUIRED;</li>
 *   <li>{@code wageguard.deposits.balance.amount}: their ledgers' balances;</li>
 *   <li>{@code wageguard.deposits.shortfall.amount}: the sum of required − balance where the balance is short;</li>
 *   <li>{@code wageguard.deposits.enterprises{outcome}}: enterprises by assessment outcome;</li>
 *   <li>{@code wageguard.deposits.enterprises.short}: enterprises whose balance is under the requirement;</li>
 *   <li>{@code wageguard.deposits.deadlines.missed.outstanding}: missed deadlines (EW-7) neither met nor cancelled.</li>
 * </ul>
 * The counter {@code wageguard.deposits.deadlines.missed} (kept by the service) counts every miss as it happens.
 */
public class DepositMetrics extends PeriodicGauges {

  static final String REQUIRED = "wageguard.deposits.required.amount";
  static final String BALANCE = "wageguard.deposits.balance.amount";
  static final String SHORTFALL = "wageguard.deposits.shortfall.amount";
  static final String ENTERPRISES = "wageguard.deposits.enterprises";
  static final String SHORT = "wageguard.deposits.enterprises.short";
  static final String MISSED = "wageguard.deposits.deadlines.missed.outstanding";

  private final MongoTemplate mongo;

  /** Totals of one jurisdiction. */
  private static final class Totals {
    BigDecimal required = BigDecimal.ZERO;
    BigDecimal balance = BigDecimal.ZERO;
    BigDecimal shortfall = BigDecimal.ZERO;
    long shortEnterprises;
    long missed;
    final Map<String, Long> byOutcome = new HashMap<>();
  }

  public DepositMetrics(MongoTemplate mongo, MeterRegistry meters, Duration interval) {
    super("deposits", meters, interval);
    this.mongo = mongo;
    declare(REQUIRED, "deposit required of enterprises assessed REQUIRED (yuan)", null);
    declare(BALANCE, "deposit balance of enterprises assessed REQUIRED (yuan)", null);
    declare(SHORTFALL, "sum of required minus balance where the balance is short (yuan)", null);
    declare(ENTERPRISES, "enterprises by deposit assessment outcome", null);
    declare(SHORT, "enterprises whose deposit balance is under the requirement", null);
    declare(MISSED, "missed deposit deadlines (EW-7) neither met nor cancelled", null);
    publishAll(Map.of());
  }

  @Override
  protected void refresh() {
    Query query = new Query();
    query.fields().include("jurisdiction", "deposit.assessment.outcome", "deposit.assessment.requiredAmount",
        "deposit.ledger.balanceAfter", "deposit.dueItems.missedOn", "deposit.dueItems.metOn",
        "deposit.dueItems.cancelledOn");
    Map<String, Totals> totals = new HashMap<>();
    try (var documents = mongo.stream(query, Document.class, DepositDocument.COLLECTION)) {
      documents.forEach(document -> add(document, totals));
    }
    publishAll(totals);
  }

  private static void add(Document document, Map<String, Totals> totals) {
    String jurisdiction = document.getString("jurisdiction");
    Document deposit = document.get("deposit", Document.class);
    if (jurisdiction == null || deposit == null) {
      return;
    }
    Totals t = totals.computeIfAbsent(jurisdiction, j -> new Totals());
    Document assessment = deposit.get("assessment", Document.class);
    String outcome = assessment == null ? null : assessment.getString("outcome");
    if (outcome != null) {
      t.byOutcome.merge(outcome, 1L, Long::sum);
    }
    if (Outcome.REQUIRED.name().equals(outcome)) {
      BigDecimal required = money(assessment.get("requiredAmount"));
      BigDecimal balance = BigDecimal.ZERO;
      List<?> ledger = deposit.get("ledger", List.class);
      if (ledger != null && !ledger.isEmpty() && ledger.getLast() instanceof Document last) {
        balance = money(last.get("balanceAfter"));
      }
      t.required = t.required.add(required);
      t.balance = t.balance.add(balance);
      if (balance.compareTo(required) < 0) {
        t.shortfall = t.shortfall.add(required.subtract(balance));
        t.shortEnterprises++;
      }
    }
    List<?> dueItems = deposit.get("dueItems", List.class);
    if (dueItems != null) {
      for (Object item : dueItems) {
        if (item instanceof Document due && due.get("missedOn") != null && due.get("metOn") == null
            && due.get("cancelledOn") == null) {
          t.missed++;
        }
      }
    }
  }

  private static BigDecimal money(Object stored) {
    if (stored == null) {
      return BigDecimal.ZERO;
    }
    if (stored instanceof org.bson.types.Decimal128 decimal) {
      return decimal.bigDecimalValue();
    }
    return new BigDecimal(stored.toString());
  }

  private void publishAll(Map<String, Totals> counted) {
    Map<String, Totals> totals = new HashMap<>(counted);
    Map<Tags, Double> required = new HashMap<>();
    Map<Tags, Double> balance = new HashMap<>();
    Map<Tags, Double> shortfall = new HashMap<>();
    Map<Tags, Long> enterprises = new HashMap<>();
    Map<Tags, Long> shortEnterprises = new HashMap<>();
    Map<Tags, Long> missed = new HashMap<>();
    for (String jurisdiction : referenceJurisdictions()) {
      totals.putIfAbsent(jurisdiction, new Totals());
    }
    totals.forEach((jurisdiction, t) -> {
      Tags tags = Tags.of("jurisdiction", jurisdiction);
      required.put(tags, t.required.doubleValue());
      balance.put(tags, t.balance.doubleValue());
      shortfall.put(tags, t.shortfall.doubleValue());
      shortEnterprises.put(tags, t.shortEnterprises);
      missed.put(tags, t.missed);
      for (Outcome outcome : Outcome.values()) {
        enterprises.put(tags.and("outcome", outcome.name()), t.byOutcome.getOrDefault(outcome.name(), 0L));
      }
    });
    publish(REQUIRED, required);
    publish(BALANCE, balance);
    publish(SHORTFALL, shortfall);
    publish(ENTERPRISES, enterprises);
    publish(SHORT, shortEnterprises);
    publish(MISSED, missed);
  }
}
