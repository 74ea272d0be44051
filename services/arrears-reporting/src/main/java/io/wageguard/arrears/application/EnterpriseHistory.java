package io.wageguard.arrears.application;

import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.ArrearsHistory;
import io.wageguard.arrears.domain.ArrearsPolicies;
import io.wageguard.arrears.domain.ArrearsPolicy;
import io.wageguard.arrears.messaging.ArrearsEvents;
import io.wageguard.arrears.persistence.EnterpriseArrearsDocument;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxStore;
import io.wageguard.chassis.time.Periods;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Per enterprise: counts the wage months in arrears over the window (TC-3c, HT-4) and emits
 * threshold-reached once per crossing. Each case is counted once (its id is recorded with the count).
 */
@Component
public class EnterpriseHistory {

  private static final int ATTEMPTS = 5;
  private final MongoTemplate mongo;
  private final ArrearsPolicies policies;
  private final ArrearsEvents events;
  private final OutboxStore outbox;
  private final Clock clock;

  public EnterpriseHistory(MongoTemplate mongo, ArrearsPolicies policies, ArrearsEvents events, OutboxStore outbox,
      Clock clock) {
    this.mongo = mongo;
    this.policies = policies;
    this.events = events;
    this.outbox = outbox;
    this.clock = clock;
  }

  public void count(ArrearsCase c) {
    for (int attempt = 1; ; attempt++) {
      try {
        tryCount(c);
        return;
      } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
        if (attempt >= ATTEMPTS) {
          throw concurrent;
        }
      }
    }
  }

  private boolean tryCount(ArrearsCase c) {
    EnterpriseArrearsDocument doc = mongo.findById(c.creditCode(), EnterpriseArrearsDocument.class);
    if (doc == null) {
      doc = new EnterpriseArrearsDocument();
      doc.creditCode = c.creditCode();
    }
    if (doc.countedCases.contains(c.caseId())) {
      return false;
    }
    doc.jurisdiction = c.jurisdiction();
    TreeSet<String> months = new TreeSet<>(doc.wageMonths);
    c.wageMonths().forEach(m -> months.add(m.toString()));
    doc.wageMonths = months.stream().toList();
    doc.countedCases.add(c.caseId());
    ArrearsPolicy policy = policies.forJurisdiction(c.jurisdiction());
    LocalDate asOf = Periods.businessDate(clock);
    ArrearsHistory.Count count = ArrearsHistory.count(months.stream().map(YearMonth::parse).toList(), asOf, policy);
    boolean emitted = false;
    if (ArrearsHistory.crossed(doc.thresholdReached, count, policy)) {
      doc.emit(Topic.ARREARS_EVENTS, events.thresholdReached(c.creditCode(), c.jurisdiction(), count, asOf,
          policy.policyVersion()));
      emitted = true;
    }
    doc.thresholdReached = ArrearsHistory.reached(count, policy);
    doc.monthsInRow = count.monthsInRow();
    doc.monthsInTotal = count.monthsInTotal();
    outbox.save(doc);
    return emitted;
  }
}
