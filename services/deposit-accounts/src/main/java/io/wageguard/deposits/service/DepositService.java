package io.wageguard.deposits.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.chassis.outbox.OutboxStore;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.security.CoveredJurisdictions;
import io.wageguard.chassis.time.Periods;
import io.wageguard.chassis.web.NotFoundException;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.DomainEvent;
import io.wageguard.deposits.domain.Policy;
import io.wageguard.deposits.domain.PolicyBook;
import io.wageguard.deposits.domain.PolicyRef;
import io.wageguard.deposits.messaging.DepositEvents;
import io.wageguard.deposits.persistence.DepositDocument;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The unit of work: load one enterprise's deposit, change it in the domain, store state + events + consumed
 * event id in one document write (optimistic locking, retried), then wake the outbox relay.
 */
@Service
public class DepositService {

  private static final Logger log = LoggerFactory.getLogger(DepositService.class);
  private static final int ATTEMPTS = 8;

  private final MongoTemplate mongo;
  private final OutboxRelay relay;
  private final OutboxStore outbox;
  private final PolicyBook policies;
  private final Periods periods;
  private final Clock clock;
  private final DepositEvents events;
  private final MeterRegistry meters;

  public DepositService(MongoTemplate mongo, OutboxRelay relay, OutboxStore outbox, PolicyBook policies, Periods periods, Clock clock,
      DepositEvents events, MeterRegistry meters) {
    this.mongo = mongo;
    this.relay = relay;
    this.outbox = outbox;
    this.policies = policies;
    this.periods = periods;
    this.clock = clock;
    this.events = events;
    this.meters = meters;
  }

  @PostConstruct
  void init() {
    mongo.indexOps(DepositDocument.COLLECTION).createIndex(new Index("nextDueDate", Sort.Direction.ASC).sparse());
    mongo.indexOps(DepositDocument.COLLECTION).createIndex(new Index("jurisdiction", Sort.Direction.ASC));
    relay.register(DepositDocument.COLLECTION);
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
    write(creditCode, true, doc -> {
      if (doc.applied(eventId)) {
        return null;
      }
      doc.markApplied(eventId);
      List<DomainEvent> produced = change.test(doc.getDeposit())
          ? doc.getDeposit().settle(context(doc.getDeposit())) : List.of();
      return produced;
    });
  }

  /** A command from REST on a known enterprise. */
  public DepositDocument command(String creditCode, BiFunction<Deposit, Deposit.Context, List<DomainEvent>> change) {
    return write(creditCode, false, doc -> change.apply(doc.getDeposit(), context(doc.getDeposit())));
  }

  /**
   * A command from REST by this caller: an enterprise outside the caller's reach is "not found", checked on the
   * very version the change is made to.
   */
  public DepositDocument command(Caller caller, String creditCode,
      BiFunction<Deposit, Deposit.Context, List<DomainEvent>> change) {
    return write(creditCode, false, doc -> {
      requireReach(caller, doc);
      return change.apply(doc.getDeposit(), context(doc.getDeposit()));
    });
  }

  private DepositDocument write(String creditCode, boolean create,
      java.util.function.Function<DepositDocument, List<DomainEvent>> change) {
    for (int attempt = 1; ; attempt++) {
      DepositDocument doc = mongo.findById(creditCode, DepositDocument.class);
      if (doc == null) {
        if (!create) {
          throw unknown(creditCode);
        }
        doc = new DepositDocument(creditCode);
      }
      List<DomainEvent> produced = change.apply(doc);
      if (produced == null) {
        return doc; // already applied
      }
      PolicyRef policy = context(doc.getDeposit()).policy().map(Policy::ref).orElse(null);
      for (DomainEvent e : produced) {
        doc.emit(Topic.DEPOSIT_EVENTS, events.toCloudEvent(doc.getDeposit(), policy, e));
        count(doc, e);
      }
      doc.refreshIndexes();
      try {
        return outbox.save(doc);
      } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        log.debug("concurrent change of {}, retrying ({})", creditCode, attempt);
      }
    }
  }

  private void count(DepositDocument doc, DomainEvent e) {
    String jurisdiction = String.valueOf(doc.getDeposit().facts().jurisdiction());
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

  /** EW-7: deposits with a deadline before today, found by the indexed nextDueDate. */
  @Scheduled(fixedDelayString = "${wageguard.deposits.sweep-interval:PT1M}")
  public int sweepDeadlines() {
    LocalDate today = Periods.businessDate(clock);
    List<DepositDocument> due = mongo.find(new Query(Criteria.where("nextDueDate").lt(today.toString())).limit(500),
        DepositDocument.class);
    for (DepositDocument doc : due) {
      try {
        command(doc.getId(), Deposit::sweep);
      } catch (RuntimeException e) {
        log.warn("deadline sweep of {} failed, next pass retries: {}", doc.getId(), e.toString());
      }
    }
    return due.size();
  }

  public Optional<DepositDocument> find(String creditCode) {
    return Optional.ofNullable(mongo.findById(creditCode, DepositDocument.class));
  }

  public DepositDocument get(String creditCode) {
    return find(creditCode).orElseThrow(() -> unknown(creditCode));
  }

  /** One enterprise's deposit as this caller may see it: outside its reach it is as unknown as a missing one. */
  public DepositDocument get(Caller caller, String creditCode) {
    DepositDocument doc = get(creditCode);
    requireReach(caller, doc);
    return doc;
  }

  /**
   * The deposits of the caller's reach, optionally narrowed to a jurisdiction and everything inside it; the reach
   * is part of the query (a jurisdiction the caller does not cover gives nothing, never its records).
   */
  public List<DepositDocument> all(Caller caller, String jurisdiction) {
    Set<String> scope = new HashSet<>(caller.jurisdictions());
    if (jurisdiction != null) {
      scope.retainAll(CoveredJurisdictions.official().expand(List.of(jurisdiction)));
    }
    Criteria criteria = Criteria.where("jurisdiction").in(scope);
    Optional<String> own = caller.ownCreditCodeOnly();
    if (own.isPresent()) {
      criteria = Criteria.where("_id").is(own.get());
    }
    return mongo.find(new Query(criteria).with(Sort.by("_id")), DepositDocument.class);
  }

  private static void requireReach(Caller caller, DepositDocument doc) {
    if (!caller.reaches(doc.getJurisdiction(), doc.getId())) {
      throw unknown(doc.getId()); // the same answer as for a missing enterprise: existence is not confirmed
    }
  }

  private static NotFoundException unknown(String creditCode) {
    return new NotFoundException("no enterprise " + creditCode + " is known to deposit-accounts");
  }

  public PolicyBook policies() {
    return policies;
  }

  public LocalDate today() {
    return Periods.businessDate(clock);
  }
}
