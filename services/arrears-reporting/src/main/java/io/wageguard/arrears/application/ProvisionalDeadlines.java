package io.wageguard.arrears.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.ArrearsPolicies;
import io.wageguard.arrears.domain.CaseFact;
import io.wageguard.chassis.calendar.CalendarChanged;
import io.wageguard.chassis.time.Periods;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * When the working-day calendar changes (a year's official file arrives, is corrected or removed), recomputes the
 * TC-2 report deadlines of open cases that were computed as provisional for a changed year (P-3, P-4). Candidates
 * come from the {@code calendarProvisional_status} index, never a scan of every case. Each change is one write:
 * the new deadline, a timeline step with its rule ids, a {@code report-deadline-changed} event and, when the new
 * deadline has already passed, the report-overdue it causes. A failed pass is tried again on the next tick.
 */
@Component
public class ProvisionalDeadlines {

  private static final Logger log = LoggerFactory.getLogger(ProvisionalDeadlines.class);
  private static final int MAX_CONFLICT_RETRIES = 3;

  private final Cases cases;
  private final ArrearsPolicies policies;
  private final Periods periods;
  private final CaseEvents events;
  private final Clock clock;
  private final MeterRegistry meters;
  private final int batchSize;
  /** Changes whose pass failed (MongoDB away): retried on the schedule until one succeeds. */
  private final List<CalendarChanged> pending = new ArrayList<>();

  public ProvisionalDeadlines(Cases cases, ArrearsPolicies policies, Periods periods, CaseEvents events,
      Clock clock, MeterRegistry meters, @Value("${wageguard.arrears.sweep.batch-size:100}") int batchSize) {
    this.cases = cases;
    this.policies = policies;
    this.periods = periods;
    this.events = events;
    this.clock = clock;
    this.meters = meters;
    this.batchSize = batchSize;
  }

  @EventListener
  public void on(CalendarChanged changed) {
    try {
      int moved = recompute(changed);
      if (moved > 0 || !changed.startUp()) {
        log.info("calendar {} (years {}): {} provisional report deadline(s) recomputed", changed.version(),
            changed.years(), moved);
      }
    } catch (RuntimeException e) {
      log.warn("calendar {}: recomputing provisional deadlines failed, retrying on the next tick: {}",
          changed.version(), e.toString());
      synchronized (pending) {
        pending.add(changed);
      }
    }
  }

  /** Tries the changes whose pass failed again (config schedules it). */
  public void retryPending() {
    List<CalendarChanged> retry;
    synchronized (pending) {
      retry = List.copyOf(pending);
      pending.clear();
    }
    retry.forEach(this::on);
  }

  /** One pass over the open cases with a provisional deadline in a changed year; returns how many changed. */
  public int recompute(CalendarChanged changed) {
    int moved = 0;
    String after = null;
    while (true) {
      List<StoredCase> batch = cases.findOpenWithProvisionalDeadline(after, batchSize);
      for (StoredCase doc : batch) {
        moved += recompute(doc, changed) ? 1 : 0;
      }
      if (batch.size() < batchSize) {
        return moved;
      }
      after = batch.getLast().caseId();
    }
  }

  private boolean recompute(StoredCase doc, CalendarChanged changed) {
    for (int attempt = 0; ; attempt++) {
      ArrearsCase c = doc.arrearsCase();
      // The days a TC-2 deadline depends on lie between the start of the arrears and the deadline itself.
      if (!changed.touches(c.arrearsStartDate().getYear(), c.reportDeadline().getYear())) {
        return false;
      }
      Instant now = clock.instant();
      ArrearsCase.Step recomputed = c.recomputeReportDeadline(periods,
          policies.forJurisdiction(c.jurisdiction()), changed.version(), now);
      if (!recomputed.changed()) {
        return false;
      }
      // A new deadline that has passed already is applied in the same write, as when a case opens late.
      LocalDate today = Periods.businessDate(clock);
      ArrearsCase.Step swept = recomputed.next().sweep(today, now);
      List<CaseFact> facts = new ArrayList<>(recomputed.facts());
      facts.addAll(swept.facts());
      ArrearsCase next = swept.next();
      try {
        cases.save(doc, next, facts.stream().map(f -> events.of(next, f)).toList());
      } catch (OptimisticLockingFailureException concurrentChange) {
        if (attempt >= MAX_CONFLICT_RETRIES) {
          throw concurrentChange;
        }
        doc = cases.find(doc.caseId()).orElse(null);
        if (doc == null) {
          return false;
        }
        continue;
      }
      meters.counter("wageguard.arrears.deadlines.recomputed", "jurisdiction", next.jurisdiction(),
          "provisional", Boolean.toString(next.calendarProvisional())).increment();
      return true;
    }
  }
}
