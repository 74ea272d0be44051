package io.wageguard.arrears.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.CaseFact;
import io.wageguard.chassis.time.Periods;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Moves cases whose deadline has passed (EW-2 report overdue, EW-4 deferral lapsed). Reads only due cases
 * through the {@code nextDeadlineAt} index; each move is a versioned (conditional) save, so when two
 * instances sweep at once exactly one wins and the event is emitted once. A deadline that passed while the
 * service was down is due at the first sweep after start-up. The schedule is in config.
 */
@Component
public class DeadlineSweeper {

  private static final int MAX_BATCHES_PER_PASS = 20;

  private final Cases cases;
  private final CaseEvents events;
  private final Clock clock;
  private final MeterRegistry meters;
  private final int batchSize;

  public DeadlineSweeper(Cases cases, CaseEvents events, Clock clock, MeterRegistry meters,
      @Value("${wageguard.arrears.sweep.batch-size:100}") int batchSize) {
    this.cases = cases;
    this.events = events;
    this.clock = clock;
    this.meters = meters;
    this.batchSize = batchSize;
  }

  /** One pass: every case due by today's business date; returns how many cases moved. */
  public int sweepOnce() {
    LocalDate today = Periods.businessDate(clock);
    int moved = 0;
    for (int batch = 0; batch < MAX_BATCHES_PER_PASS; batch++) {
      List<StoredCase> due = cases.findDue(today, batchSize);
      int movedNow = 0;
      for (StoredCase stored : due) {
        movedNow += sweep(stored, today) ? 1 : 0;
      }
      moved += movedNow;
      if (due.size() < batchSize || movedNow == 0) {
        break;
      }
    }
    return moved;
  }

  private boolean sweep(StoredCase stored, LocalDate today) {
    Instant now = clock.instant();
    ArrearsCase.Step step = stored.arrearsCase().sweep(today, now);
    ArrearsCase next = step.next();
    String nextDeadlineAt = next.nextDeadlineAt().map(LocalDate::toString).orElse(null);
    if (!step.changed() && Objects.equals(stored.nextDeadlineAt(), nextDeadlineAt)) {
      return false;
    }
    try {
      cases.save(stored, next, step.facts().stream().map(f -> events.of(next, f)).toList());
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
