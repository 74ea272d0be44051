package io.wageguard.arrears.application;

import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.ArrearsHistory;
import io.wageguard.arrears.domain.ArrearsPolicies;
import io.wageguard.arrears.domain.ArrearsPolicy;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.time.Periods;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Per enterprise: counts the wage months in arrears over the window (TC-3c, HT-4) and emits
 * threshold-reached once per crossing. Each case is counted once (its id is recorded with the count).
 */
@Component
public class EnterpriseHistory {

  private static final int ATTEMPTS = 5;
  private final EnterpriseTallies tallies;
  private final ArrearsPolicies policies;
  private final CaseEvents events;
  private final Clock clock;

  public EnterpriseHistory(EnterpriseTallies tallies, ArrearsPolicies policies, CaseEvents events, Clock clock) {
    this.tallies = tallies;
    this.policies = policies;
    this.events = events;
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
    EnterpriseTally doc = tallies.find(c.creditCode()).orElseGet(() -> {
      EnterpriseTally fresh = new EnterpriseTally();
      fresh.creditCode = c.creditCode();
      return fresh;
    });
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
    Optional<CloudEvent> reached = Optional.empty();
    if (ArrearsHistory.crossed(doc.thresholdReached, count, policy)) {
      reached = Optional.of(events.thresholdReached(c.creditCode(), c.jurisdiction(), count, asOf,
          policy.policyVersion()));
    }
    doc.thresholdReached = ArrearsHistory.reached(count, policy);
    doc.monthsInRow = count.monthsInRow();
    doc.monthsInTotal = count.monthsInTotal();
    tallies.save(doc, reached);
    return reached.isPresent();
  }
}
