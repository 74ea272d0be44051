package io.wageguard.arrears.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.ArrearsPolicies;
import io.wageguard.arrears.domain.ArrearsPolicy;
import io.wageguard.arrears.domain.CaseFact;
import io.wageguard.arrears.domain.IncidentKind;
import io.wageguard.arrears.domain.ReportInput;
import io.wageguard.arrears.domain.ReporterRole;
import io.wageguard.arrears.domain.SubmissionInput;
import io.wageguard.arrears.domain.SubmissionValidator;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.EventIds;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.security.Role;
import io.wageguard.chassis.time.Periods;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The use cases of an arrears case. Each loads the case, lets the domain decide, and saves the new state
 * together with its events (outbox) in one write; the relay publishes them.
 */
@Service
public class CaseService {

  private final Cases cases;
  private final EnterpriseDirectory enterprises;
  private final EnterpriseHistory history;
  private final SubmissionValidator validator;
  private final ArrearsPolicies policies;
  private final Periods periods;
  private final CaseEvents events;
  private final Clock clock;
  private final MeterRegistry meters;

  public CaseService(Cases cases, EnterpriseDirectory enterprises, EnterpriseHistory history,
      SubmissionValidator validator, ArrearsPolicies policies, Periods periods, CaseEvents events,
      Clock clock, MeterRegistry meters) {
    this.cases = cases;
    this.enterprises = enterprises;
    this.history = history;
    this.validator = validator;
    this.policies = policies;
    this.periods = periods;
    this.events = events;
    this.clock = clock;
    this.meters = meters;
  }

  /** The outcome of a submission: the case (new or existing), or every violation. */
  public record Opening(ArrearsCase opened, boolean created, List<Violation> violations) {
    public boolean rejected() {
      return !violations.isEmpty();
    }
  }

  /** The case id is name-based on the submission id: the same submission always names the same case. */
  public static String caseIdFor(String submissionId) {
    return EventIds.nameBased("wageguard.arrears.case", submissionId);
  }

  public boolean exists(String submissionId) {
    return submissionId != null && !submissionId.isBlank() && cases.find(caseIdFor(submissionId)).isPresent();
  }

  /** Every violation of a submission, without opening anything. */
  public List<Violation> validate(String submissionId, SubmissionInput input) {
    return validator.validate(submissionId, input, enterprises.find(input.creditCode()), Periods.businessDate(clock))
        .violations();
  }

  /** Opens a case from {@code arrears.submissions}: the broker's ACL decides who may write there. */
  public Opening open(String submissionId, SubmissionInput input) {
    return open(submissionId, input, Optional.empty());
  }

  /**
   * Opens a case for a REST caller. Its jurisdiction (the registry's when it knows the enterprise) must be one the
   * caller covers (403), and the caller reports as what it is: a union token cannot claim a labour bureau's report
   * (422 on {@code reporterRole}). A resent submission id answers its case only within the caller's reach.
   */
  public Opening open(String submissionId, SubmissionInput input, Caller caller) {
    return open(submissionId, input, Optional.of(caller));
  }

  private Opening open(String submissionId, SubmissionInput input, Optional<Caller> caller) {
    if (submissionId != null && !submissionId.isBlank()) {
      var existing = cases.find(caseIdFor(submissionId));
      if (existing.isPresent()) {
        ArrearsCase c = existing.get().arrearsCase();
        if (caller.isPresent() && !caller.get().reaches(c.jurisdiction(), c.creditCode())) {
          throw new OutsideJurisdiction("Submission " + submissionId + " opened a case outside the jurisdictions of "
              + caller.get().subject() + "; give a new submission a new id");
        }
        history.count(c); // idempotent; repairs a count a crash may have skipped
        cases.clearHistoryPending(c.caseId());
        return new Opening(c, false, List.of());
      }
    }
    LocalDate today = Periods.businessDate(clock);
    var result = validator.validate(submissionId, input, enterprises.find(input.creditCode()), today);
    if (!result.valid()) {
      return new Opening(null, false, result.violations());
    }
    if (caller.isPresent()) {
      Caller who = caller.get();
      ReporterRole claimed = result.submission().reporterRole();
      if (!who.has(Role.valueOf(claimed.name()))) {
        return new Opening(null, false, List.of(new Violation("reporterRole", "reporter-role",
            "is " + claimed + ", but " + who.subject() + " reports as " + who.roles())));
      }
      String jurisdiction = result.submission().jurisdiction();
      if (!who.reaches(jurisdiction, result.submission().creditCode())) {
        throw new OutsideJurisdiction("Jurisdiction " + jurisdiction + " is outside the jurisdictions of "
            + who.subject());
      }
    }
    ArrearsPolicy policy = policies.forJurisdiction(result.submission().jurisdiction());
    Instant now = clock.instant();
    ArrearsCase.Step opened = ArrearsCase.open(caseIdFor(submissionId), result.submission(), policy, periods, now);
    // A deadline that has passed already (arrears started long ago) is applied at once, in the same write.
    ArrearsCase.Step swept = opened.next().sweep(today, now);
    List<CaseFact> facts = new ArrayList<>(opened.facts());
    facts.addAll(swept.facts());
    ArrearsCase c = swept.next();
    if (!cases.insertIfAbsent(c, eventsOf(c, facts))) {
      ArrearsCase raced = cases.find(c.caseId()).orElseThrow().arrearsCase();
      return new Opening(raced, false, List.of());
    }
    meters.counter("wageguard.arrears.cases.opened", "jurisdiction", c.jurisdiction(),
        "group", Boolean.toString(c.groupArrears())).increment();
    facts.stream().filter(CaseFact.ReportOverdue.class::isInstance).forEach(f -> overdueCounter(c));
    history.count(c);
    cases.clearHistoryPending(c.caseId());
    return new Opening(c, true, List.of());
  }

  /** The case, if the caller reaches it (its jurisdiction, or an enterprise's own case); else 404. */
  public ArrearsCase get(String caseId, Caller caller) {
    return reachable(cases.find(caseId).orElseThrow(() -> notFound(caseId)).arrearsCase(), caller);
  }

  /** A page of the cases the caller reaches that match the filters (null: any); the reach is part of the query. */
  public Cases.Page list(Caller caller, String creditCode, String status, String jurisdiction, Boolean overdue,
      int page, int size) {
    return cases.search(reachOf(caller), creditCode, status, jurisdiction, overdue, page, size);
  }

  /** What the caller may list: an enterprise only its own cases, everyone else their jurisdictions. */
  static Cases.Reach reachOf(Caller caller) {
    return caller.ownCreditCodeOnly()
        .map(own -> new Cases.Reach(Set.of(), own))
        .orElseGet(() -> new Cases.Reach(caller.jurisdictions(),
            caller.has(Role.ENTERPRISE) ? caller.creditCode().orElse(null) : null));
  }

  public ArrearsCase fileReport(Caller caller, String caseId, String reportId, ReportInput report) {
    return change(caller, caseId, c -> c.fileReport(reportId, report, today(), clock.instant(), periods,
        policies.forJurisdiction(c.jurisdiction())));
  }

  public ArrearsCase settle(Caller caller, String caseId, String settlementId, BigDecimal amount,
      LocalDate settledOn) {
    return change(caller, caseId, c -> c.settle(settlementId, amount, settledOn, today(), clock.instant()));
  }

  public ArrearsCase recordIncident(Caller caller, String caseId, String incidentId, IncidentKind kind,
      LocalDate occurredOn, int workersInvolved) {
    return change(caller, caseId, c -> c.recordIncident(incidentId, kind, occurredOn, workersInvolved, today(),
        clock.instant()));
  }

  public ArrearsCase close(Caller caller, String caseId, LocalDate closedOn, String reason) {
    return change(caller, caseId, c -> c.close(closedOn, reason, today(), clock.instant()));
  }

  /** Load, decide, save with the events; a concurrent change makes the save fail (409), never a lost update. */
  private ArrearsCase change(Caller caller, String caseId, Function<ArrearsCase, ArrearsCase.Step> decision) {
    StoredCase stored = cases.find(caseId).orElseThrow(() -> notFound(caseId));
    ArrearsCase.Step step = decision.apply(reachable(stored.arrearsCase(), caller));
    if (!step.changed()) {
      return step.next();
    }
    ArrearsCase next = step.next();
    cases.save(stored, next, eventsOf(next, step.facts()));
    step.facts().forEach(f -> meters.counter("wageguard.arrears.events", "type", f.getClass().getSimpleName(),
        "jurisdiction", next.jurisdiction()).increment());
    return next;
  }

  /** Out of reach reads exactly as unknown: a 404 must not confirm that a case exists in another district. */
  private static ArrearsCase reachable(ArrearsCase c, Caller caller) {
    if (!caller.reaches(c.jurisdiction(), c.creditCode())) {
      throw notFound(c.caseId());
    }
    return c;
  }

  private static NotFound notFound(String caseId) {
    return new NotFound("no arrears case " + caseId);
  }

  private List<CloudEvent> eventsOf(ArrearsCase c, List<? extends CaseFact> facts) {
    return facts.stream().map(f -> events.of(c, f)).toList();
  }

  void overdueCounter(ArrearsCase c) {
    meters.counter("wageguard.arrears.reports.overdue", "jurisdiction", c.jurisdiction()).increment();
  }

  private LocalDate today() {
    return Periods.businessDate(clock);
  }
}
