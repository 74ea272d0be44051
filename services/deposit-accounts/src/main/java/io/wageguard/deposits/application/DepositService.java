package io.wageguard.deposits.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.security.CoveredJurisdictions;
import io.wageguard.chassis.time.Periods;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.DomainEvent;
import io.wageguard.deposits.domain.Policy;
import io.wageguard.deposits.domain.PolicyBook;
import io.wageguard.deposits.domain.PolicyRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The unit of work: load one enterprise's deposit, change it in the domain, store state + events + consumed
 * event id in one write through {@link Deposits} (optimistic locking, retried); the store wakes the outbox relay.
 * The CloudEvents come from {@link DepositEvents}. The deadline sweep's schedule is in config.
 */
@Service
public class DepositService {

  private static final Logger log = LoggerFactory.getLogger(DepositService.class);
  private static final int ATTEMPTS = 8;

  static final int SWEEP_BATCH = 500;

  private final Deposits deposits;
  private final PolicyBook policies;
  private final Periods periods;
  private final Clock clock;
  private final DepositEvents events;
  private final MeterRegistry meters;

  public DepositService(Deposits deposits, PolicyBook policies, Periods periods, Clock clock, DepositEvents events,
      MeterRegistry meters) {
    this.deposits = deposits;
    this.policies = policies;
    this.periods = periods;
    this.clock = clock;
    this.events = events;
    this.meters = meters;
  }

  public Deposit.Context context(Deposit deposit) {
    LocalDate today = Periods.businessDate(clock);
    Optional<Policy> policy = policies.inForce(deposit.facts().jurisdiction(), today);
    return new Deposit.Context(policy, periods, today, clock.instant());
  }

  /**
   * Applies a consumed event once: {@code change} returns true if a fact changed; the deposit is then
   * re-assessed. The event id is recorded in the same write, so a redelivery has no second effect.
   */
  public void applyFacts(String creditCode, String eventId, Predicate<Deposit> change) {
    write(creditCode, true, current -> {
      if (current.applied(eventId)) {
        return null;
      }
      current.markApplied(eventId);
      List<DomainEvent> produced = change.test(current.deposit())
          ? current.deposit().settle(context(current.deposit())) : List.of();
      return produced;
    });
  }

  /** A command from REST on a known enterprise. */
  public Deposit command(String creditCode, BiFunction<Deposit, Deposit.Context, List<DomainEvent>> change) {
    return write(creditCode, false, current -> change.apply(current.deposit(), context(current.deposit()))).deposit();
  }

  /**
   * A command from REST by this caller: an enterprise outside the caller's reach is "not found", checked on the
   * very version the change is made to.
   */
  public Deposit command(Caller caller, String creditCode,
      BiFunction<Deposit, Deposit.Context, List<DomainEvent>> change) {
    return write(creditCode, false, current -> {
      requireReach(caller, current);
      return change.apply(current.deposit(), context(current.deposit()));
    }).deposit();
  }

  private DepositRecord write(String creditCode, boolean create, Function<DepositRecord, List<DomainEvent>> change) {
    for (int attempt = 1; ; attempt++) {
      DepositRecord current = deposits.find(creditCode).orElse(null);
      if (current == null) {
        if (!create) {
          throw unknown(creditCode);
        }
        current = DepositRecord.fresh(creditCode);
      }
      List<DomainEvent> produced = change.apply(current);
      if (produced == null) {
        return current; // already applied
      }
      PolicyRef policy = context(current.deposit()).policy().map(Policy::ref).orElse(null);
      for (DomainEvent e : produced) {
        current.emit(events.toCloudEvent(current.deposit(), policy, e));
        count(current, e);
      }
      try {
        return deposits.save(current);
      } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        log.debug("concurrent change of {}, retrying ({})", creditCode, attempt);
      }
    }
  }

  private void count(DepositRecord current, DomainEvent e) {
    String jurisdiction = String.valueOf(current.deposit().facts().jurisdiction());
    switch (e) {
      case DomainEvent.ObligationAssessed a -> meters.counter("wageguard.deposits.obligations.assessed",
          "jurisdiction", jurisdiction, "status", a.assessment().outcome().name()).increment();
      case DomainEvent.LedgerEntryRecorded l -> meters.counter("wageguard.deposits.ledger.entries",
          "jurisdiction", jurisdiction, "reason", l.entry().kind().name()).increment();
      case DomainEvent.DeadlineMissed m -> meters.counter("wageguard.deposits.deadlines.missed",
          "jurisdiction", jurisdiction, "rule", m.item().obligation()).increment();
      case DomainEvent.ArrearsExceedBalance x -> meters.counter("wageguard.deposits.arrears.exceed.balance",
          "jurisdiction", jurisdiction).increment();
    }
  }

  /**
   * EW-7: deposits with a deadline before today, found by the indexed nextDueDate (config schedules it, every
   * {@code wageguard.deposits.sweep-interval}).
   */
  public int sweepDeadlines() {
    LocalDate today = Periods.businessDate(clock);
    List<String> due = deposits.dueBefore(today, SWEEP_BATCH);
    for (String creditCode : due) {
      try {
        command(creditCode, Deposit::sweep);
      } catch (RuntimeException e) {
        log.warn("deadline sweep of {} failed, next pass retries: {}", creditCode, e.toString());
      }
    }
    return due.size();
  }

  public Optional<Deposit> find(String creditCode) {
    return deposits.find(creditCode).map(DepositRecord::deposit);
  }

  public Deposit get(String creditCode) {
    return find(creditCode).orElseThrow(() -> unknown(creditCode));
  }

  /** One enterprise's deposit as this caller may see it: outside its reach it is as unknown as a missing one. */
  public Deposit get(Caller caller, String creditCode) {
    DepositRecord current = deposits.find(creditCode).orElseThrow(() -> unknown(creditCode));
    requireReach(caller, current);
    return current.deposit();
  }

  /**
   * The deposits of the caller's reach, optionally narrowed to a jurisdiction and everything inside it; the reach
   * is part of the query (a jurisdiction the caller does not cover gives nothing, never its records).
   */
  public List<Deposit> all(Caller caller, String jurisdiction) {
    Set<String> scope = new HashSet<>(caller.jurisdictions());
    if (jurisdiction != null) {
      scope.retainAll(CoveredJurisdictions.official().expand(List.of(jurisdiction)));
    }
    Optional<String> own = caller.ownCreditCodeOnly();
    List<DepositRecord> found = own.isPresent()
        ? deposits.find(own.get()).map(List::of).orElse(List.of())
        : deposits.inJurisdictions(scope);
    return found.stream().map(DepositRecord::deposit).toList();
  }

  private static void requireReach(Caller caller, DepositRecord current) {
    if (!caller.reaches(current.jurisdiction(), current.creditCode())) {
      throw unknown(current.creditCode()); // the same answer as for a missing enterprise: existence is not confirmed
    }
  }

  private static NotFound unknown(String creditCode) {
    return new NotFound("no enterprise " + creditCode + " is known to deposit-accounts");
  }

  public PolicyBook policies() {
    return policies;
  }

  public LocalDate today() {
    return Periods.businessDate(clock);
  }
}
