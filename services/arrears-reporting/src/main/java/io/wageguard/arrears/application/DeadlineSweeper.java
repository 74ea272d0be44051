package io.wageguard.arrears.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.CaseFact;
import io.wageguard.arrears.messaging.ArrearsEvents;
import io.wageguard.arrears.persistence.CaseDocument;
import io.wageguard.arrears.persistence.CaseStore;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.time.Periods;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves cases whose deadline has passed (EW-2 report overdue, EW-4 deferral lapsed). Reads only due cases
 * through the {@code nextDeadlineAt} index; each move is a versioned (conditional) save, so when two
 * instances sweep at once exactly one wins and the event is emitted once. A deadline that passed while the
 * service was down is due at the first sweep after start-up.
 */
@Component
public class DeadlineSweeper {

  private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);
  private static final int MAX_BATCHES_PER_PASS = 20;

  private final CaseStore cases;
  private final ArrearsEvents events;
  private final Clock clock;
  private final MeterRegistry meters;
  private final int batchSize;

  public DeadlineSweeper(CaseStore cases, ArrearsEvents events, Clock clock, MeterRegistry meters,
      @Value("${wageguard.arrears.sweep.batch-size:100}") int batchSize) {
    this.cases = cases;
    this.events = events;
    this.clock = clock;
    this.meters = meters;
    this.batchSize = batchSize;
  }

  @Scheduled(initialDelayString = "${wageguard.arrears.sweep.initial-delay:PT1S}",
      fixedDelayString = "${wageguard.arrears.sweep.interval:PT1S}")
  void scheduled() {
    try {
      sweepOnce();
    } catch (RuntimeException e) {
      log.warn("deadline sweep failed, next pass retries: {}", e.toString());
    }
  }

  /** One pass: every case due by today's business date; returns how many cases moved. */
  public int sweepOnce() {
    LocalDate today = Periods.businessDate(clock);
    int moved = 0;
    for (int batch = 0; batch < MAX_BATCHES_PER_PASS; batch++) {
      List<CaseDocument> due = cases.findDue(today, batchSize);
      int movedNow = 0;
      for (CaseDocument doc : due) {
        movedNow += sweep(doc, today) ? 1 : 0;
      }
      moved += movedNow;
      if (due.size() < batchSize || movedNow == 0) {
        break;
      }
    }
    return moved;
  }

  private boolean sweep(CaseDocument doc, LocalDate today) {
    Instant now = clock.instant();
    ArrearsCase.Step step = doc.toDomain().sweep(today, now);
    ArrearsCase next = step.next();
    String before = doc.getNextDeadlineAt();
    doc.apply(next);
    if (!step.changed() && Objects.equals(before, doc.getNextDeadlineAt())) {
      return false;
    }
    step.facts().forEach(f -> doc.emit(Topic.ARREARS_EVENTS, events.of(next, f)));
    try {
      cases.save(doc);
    } catch (OptimisticLockingFailureException anotherInstanceWon) {
      return false;
    }
    for (CaseFact fact : step.facts()) {
      meters.counter("wageguard.arrears.deadlines.passed", "kind", fact.getClass().getSimpleName(),
          "jurisdiction", next.jurisdiction()).increment();
    }
    return step.changed();
  }
}
