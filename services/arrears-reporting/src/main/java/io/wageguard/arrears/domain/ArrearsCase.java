package io.wageguard.arrears.domain;

import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.time.Deadline;
import io.wageguard.chassis.time.Periods;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An arrears case, immutable: every transition returns the next state and the facts it decided.
 * The rules (TC-2, TC-2a, TC-2b, EW-2, EW-4, EW-9) are applied here and nowhere else.
 */
public record ArrearsCase(
    String caseId, String submissionId, String creditCode, String jurisdiction, String enterpriseName,
    LocalDate arrearsStartDate, List<YearMonth> wageMonths, BigDecimal amountOwed, BigDecimal amountPaid,
    int workersAffected, boolean groupArrears, ReporterRole reporterRole, String reporter, String reference,
    String policyVersion, LocalDate reportDeadline, List<String> reportDeadlineRuleIds, boolean calendarProvisional,
    CaseStatus status, boolean reportOverdue, LocalDate deferralEndDate, Instant openedAt,
    Set<String> handledRequests, List<TimelineEntry> timeline) {

  public ArrearsCase {
    wageMonths = List.copyOf(wageMonths);
    reportDeadlineRuleIds = List.copyOf(reportDeadlineRuleIds);
    handledRequests = Set.copyOf(handledRequests);
    timeline = List.copyOf(timeline);
  }

  /** The next state and the facts (events) the transition decided; no facts means nothing changed. */
  public record Step(ArrearsCase next, List<CaseFact> facts) {
    public boolean changed() {
      return !facts.isEmpty();
    }
  }

  /** Opens a case from a valid submission: the TC-2 report deadline (P-2, P-3) and the EW-9 flag. */
  public static Step open(String caseId, Submission s, ArrearsPolicy policy, Periods periods, Instant now) {
    Deadline deadline = ReportRules.reportDeadline(periods, s.arrearsStartDate(), policy);
    boolean group = ReportRules.isGroupArrears(s.workersAffected(), policy);
    List<String> deadlineRules = rules(List.of("TC-2"), deadline.ruleIds());
    List<String> ruleIds = group ? rules(deadlineRules, List.of("EW-9")) : deadlineRules;
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("arrearsStartDate", s.arrearsStartDate().toString());
    facts.put("reportDays", Integer.toString(policy.reportDays()));
    facts.put("nominalDeadline", deadline.nominalDate().toString());
    facts.put("reportDeadline", deadline.date().toString());
    facts.put("calendarProvisional", Boolean.toString(deadline.provisional()));
    facts.put("workersAffected", Integer.toString(s.workersAffected()));
    facts.put("groupArrears", Boolean.toString(group));
    facts.put("groupArrearsWorkers", Integer.toString(policy.groupArrearsWorkers()));
    facts.put("policyVersion", policy.policyVersion());
    facts.put("reporterRole", s.reporterRole().name());
    TimelineEntry opened = new TimelineEntry(now, "OPENED", ruleIds,
        "case opened; written report due by " + deadline.date(), facts);
    ArrearsCase c = new ArrearsCase(caseId, s.submissionId(), s.creditCode(), s.jurisdiction(), s.enterpriseName(),
        s.arrearsStartDate(), s.wageMonths(), s.amountOwed().setScale(2), BigDecimal.ZERO.setScale(2),
        s.workersAffected(), group, s.reporterRole(), s.reporter(), s.reference(), policy.policyVersion(),
        deadline.date(), deadlineRules, deadline.provisional(), CaseStatus.OPEN, false, null, now,
        Set.of(), List.of(opened));
    return new Step(c, List.of(new CaseFact.Opened(ruleIds)));
  }

  /**
   * P-3, P-4: a report deadline computed while a day it depends on had no official calendar (weekends only), computed
   * again on the calendar {@code periods} now has. Only while the report is awaited (OPEN): an overdue, reported or
   * closed case keeps what was decided. Nothing changes when the deadline, its rules and its flag stay the same.
   *
   * @param policy          the case's jurisdiction policy; the report days recorded when the case opened win
   * @param calendarVersion the calendar in force, recorded with the change
   */
  public Step recomputeReportDeadline(Periods periods, ArrearsPolicy policy, String calendarVersion, Instant now) {
    if (status != CaseStatus.OPEN || !calendarProvisional) {
      return new Step(this, List.of());
    }
    int reportDays = openedWithReportDays().orElse(policy.reportDays());
    Deadline deadline = ReportRules.reportDeadline(periods, arrearsStartDate, reportDays);
    List<String> deadlineRules = rules(List.of("TC-2"), deadline.ruleIds());
    if (deadline.date().equals(reportDeadline) && deadline.provisional() == calendarProvisional
        && deadlineRules.equals(reportDeadlineRuleIds)) {
      return new Step(this, List.of());
    }
    // P-3 decides whether the last day rolls past a rest day, P-4's calendar which days those are.
    List<String> ruleIds = rules(deadlineRules, List.of("P-3", "P-4"));
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("arrearsStartDate", arrearsStartDate.toString());
    facts.put("reportDays", Integer.toString(reportDays));
    facts.put("previousReportDeadline", reportDeadline.toString());
    facts.put("previousCalendarProvisional", Boolean.toString(calendarProvisional));
    facts.put("nominalDeadline", deadline.nominalDate().toString());
    facts.put("reportDeadline", deadline.date().toString());
    facts.put("calendarProvisional", Boolean.toString(deadline.provisional()));
    facts.put("calendarVersion", calendarVersion);
    List<TimelineEntry> entries = new ArrayList<>(timeline);
    entries.add(new TimelineEntry(now, "REPORT_DEADLINE_RECOMPUTED", ruleIds, "report deadline " + reportDeadline
        + (calendarProvisional ? " (provisional)" : "") + " recomputed on the calendar in force: "
        + deadline.date() + (deadline.provisional() ? " (still provisional)" : " (official)"), facts));
    ArrearsCase next = new ArrearsCase(caseId, submissionId, creditCode, jurisdiction, enterpriseName,
        arrearsStartDate, wageMonths, amountOwed, amountPaid, workersAffected, groupArrears, reporterRole, reporter,
        reference, policyVersion, deadline.date(), deadlineRules, deadline.provisional(), status, reportOverdue,
        deferralEndDate, openedAt, handledRequests, entries);
    return new Step(next, List.of(new CaseFact.ReportDeadlineChanged(reportDeadline, calendarProvisional,
        calendarVersion, now, ruleIds)));
  }

  /** The report days recorded when the case opened (a fact of its OPENED step). */
  private Optional<Integer> openedWithReportDays() {
    return timeline.stream().filter(t -> t.type().equals("OPENED") && t.facts().containsKey("reportDays"))
        .findFirst().map(t -> Integer.parseInt(t.facts().get("reportDays")));
  }

  public BigDecimal amountOutstanding() {
    return amountOwed.subtract(amountPaid);
  }

  /** The overdue filter: a deadline passed and nothing has resolved it yet. */
  public boolean overdue() {
    return status == CaseStatus.REPORT_OVERDUE || status == CaseStatus.DEFERRAL_LAPSED;
  }

  /**
   * The first business date on which a sweep has something to do for this case (the day after the deadline),
   * or empty when no deadline is running. The sweep queries {@code nextDeadlineAt <= today}.
   */
  public Optional<LocalDate> nextDeadlineAt() {
    return switch (status) {
      case OPEN -> Optional.of(reportDeadline.plusDays(1));
      case REPORTED -> Optional.ofNullable(deferralEndDate).map(d -> d.plusDays(1));
      default -> Optional.empty();
    };
  }

  /** Applies every deadline that has passed by {@code today} (EW-2, EW-4). Idempotent: a second sweep changes nothing. */
  public Step sweep(LocalDate today, Instant now) {
    if (status == CaseStatus.OPEN && ReportRules.hasPassed(reportDeadline, today)) {
      List<String> ruleIds = rules(reportDeadlineRuleIds, List.of("EW-2"));
      Map<String, String> facts = Map.of("reportDeadline", reportDeadline.toString(), "today", today.toString(),
          "arrearsStartDate", arrearsStartDate.toString());
      ArrearsCase next = with(CaseStatus.REPORT_OVERDUE, true, deferralEndDate, amountPaid, handledRequests,
          new TimelineEntry(now, "REPORT_OVERDUE", ruleIds,
              "no valid written report by " + reportDeadline, facts));
      return new Step(next, List.of(new CaseFact.ReportOverdue(now, ruleIds)));
    }
    if (status == CaseStatus.REPORTED && deferralEndDate != null && ReportRules.hasPassed(deferralEndDate, today)
        && amountOutstanding().signum() > 0) {
      List<String> ruleIds = groupArrears ? List.of("TC-2", "EW-4", "EW-9") : List.of("TC-2", "EW-4");
      Map<String, String> facts = Map.of("deferralEndDate", deferralEndDate.toString(), "today", today.toString(),
          "amountOutstanding", amountOutstanding().toPlainString());
      ArrearsCase next = with(CaseStatus.DEFERRAL_LAPSED, reportOverdue, deferralEndDate, amountPaid,
          handledRequests, new TimelineEntry(now, "DEFERRAL_LAPSED", ruleIds,
              "the deferral ended on " + deferralEndDate + " with " + amountOutstanding().toPlainString()
                  + " unpaid", facts));
      return new Step(next, List.of(new CaseFact.DeferralLapsed(deferralEndDate, amountOutstanding(), now,
          ruleIds)));
    }
    return new Step(this, List.of());
  }

  /**
   * The employer's written report (TC-2). Valid: the case is reported and the deferral end becomes its next
   * deadline. Invalid (TC-2a, TC-2b): recorded with its reasons, the case stays unreported.
   */
  public Step fileReport(String reportId, ReportInput report, LocalDate today, Instant now, Periods periods,
      ArrearsPolicy policy) {
    if (handledRequests.contains(reportId)) {
      return new Step(this, List.of());
    }
    if (status != CaseStatus.OPEN && status != CaseStatus.REPORT_OVERDUE) {
      throw RuleBroken.of("status", "TC-2",
          "a report can be filed only while the case awaits one; the case is " + status);
    }
    ReportRules.Check check = ReportRules.check(report, arrearsStartDate, today, periods, policy);
    Set<String> handled = plus(handledRequests, reportId);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("reportId", reportId);
    facts.put("arrearsStartDate", arrearsStartDate.toString());
    facts.put("latestDeferralEnd", check.latestDeferralEnd().date().toString());
    facts.put("reportDeadline", reportDeadline.toString());
    facts.put("filedOn", today.toString());
    if (!check.valid()) {
      List<String> ruleIds = new ArrayList<>(new LinkedHashSet<>(check.reasons().stream().map(Violation::rule)
          .toList()));
      ruleIds.add("EW-3");
      for (Violation v : check.reasons()) {
        facts.put("reason " + v.field().replace('.', '/'), v.rule() + ": " + v.message());
      }
      ArrearsCase next = with(status, reportOverdue, deferralEndDate, amountPaid, handled,
          new TimelineEntry(now, "REPORT_INVALID", ruleIds, "the written report is not valid; the case stays "
              + "unreported", facts));
      return new Step(next, List.of(new CaseFact.ReportInvalid(reportId, check.reasons(), now, ruleIds)));
    }
    boolean late = ReportRules.hasPassed(reportDeadline, today);
    facts.put("deferralEndDate", check.deferralEndDate().toString());
    facts.put("filedLate", Boolean.toString(late));
    List<String> ruleIds = List.of("TC-2");
    ArrearsCase next = with(CaseStatus.REPORTED, reportOverdue, check.deferralEndDate(), amountPaid, handled,
        new TimelineEntry(now, "REPORT_FILED", List.of("TC-2", "TC-2a", "TC-2b"),
            "valid written report; wages deferred until " + check.deferralEndDate(), facts));
    return new Step(next, List.of(new CaseFact.ReportFiled(reportId, check.deferralEndDate(),
        check.latestDeferralEnd().date(), late, now, ruleIds)));
  }

  /** A payment of the wages owed, partial or full (TC-1). */
  public Step settle(String settlementId, BigDecimal amount, LocalDate settledOn, LocalDate today, Instant now) {
    if (handledRequests.contains(settlementId)) {
      return new Step(this, List.of());
    }
    if (status.isFinal()) {
      throw RuleBroken.of("status", "TC-1", "the case is " + status + "; nothing is outstanding");
    }
    List<Violation> found = new ArrayList<>();
    if (amount.signum() <= 0 || amount.scale() > 2) {
      found.add(new Violation("amountPaid", "M-1", "must be greater than zero, in yuan with at most two decimals"));
    } else if (amount.compareTo(amountOutstanding()) > 0) {
      found.add(new Violation("amountPaid", "TC-1", "exceeds the amount outstanding " + amountOutstanding()
          .toPlainString()));
    }
    if (settledOn.isAfter(today)) {
      found.add(new Violation("settledOn", "P-1", "must not be later than today (" + today + ")"));
    }
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    BigDecimal paid = amountPaid.add(amount).setScale(2);
    BigDecimal outstanding = amountOwed.subtract(paid);
    boolean full = outstanding.signum() == 0;
    List<String> ruleIds = List.of("TC-1");
    ArrearsCase next = with(full ? CaseStatus.SETTLED : status, reportOverdue, deferralEndDate, paid,
        plus(handledRequests, settlementId), new TimelineEntry(now, full ? "SETTLED" : "PARTLY_SETTLED", ruleIds,
            "paid " + amount.setScale(2).toPlainString() + " on " + settledOn + "; outstanding "
                + outstanding.toPlainString(), Map.of("settlementId", settlementId,
                "amountPaid", amount.setScale(2).toPlainString(), "amountOutstanding", outstanding.toPlainString(),
                "settledOn", settledOn.toString())));
    return new Step(next, List.of(new CaseFact.Settled(settlementId, amount.setScale(2), outstanding, settledOn,
        full, ruleIds)));
  }

  /** A collective petition, strike or absconding owner (TC-3b, HT-5; signalled as EW-6). */
  public Step recordIncident(String incidentId, IncidentKind kind, LocalDate occurredOn, int workersInvolved,
      LocalDate today, Instant now) {
    if (handledRequests.contains(incidentId)) {
      return new Step(this, List.of());
    }
    if (status == CaseStatus.CLOSED) {
      throw RuleBroken.of("status", "TC-3b", "the case is closed");
    }
    List<Violation> found = new ArrayList<>();
    if (workersInvolved < 1) {
      found.add(new Violation("workersInvolved", "schema", "must be at least 1"));
    }
    if (occurredOn.isAfter(today)) {
      found.add(new Violation("occurredOn", "P-1", "must not be later than today (" + today + ")"));
    }
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    List<String> ruleIds = List.of("TC-3b", "HT-5");
    ArrearsCase next = with(status, reportOverdue, deferralEndDate, amountPaid, plus(handledRequests, incidentId),
        new TimelineEntry(now, "INCIDENT_RECORDED", rules(ruleIds, List.of("EW-6")),
            kind + " on " + occurredOn + ", " + workersInvolved + " workers", Map.of("incidentId", incidentId,
            "kind", kind.name(), "occurredOn", occurredOn.toString(),
            "workersInvolved", Integer.toString(workersInvolved))));
    return new Step(next, List.of(new CaseFact.IncidentRecorded(incidentId, kind, occurredOn, workersInvolved,
        ruleIds)));
  }

  public Step close(LocalDate closedOn, String reason, LocalDate today, Instant now) {
    if (status == CaseStatus.CLOSED) {
      return new Step(this, List.of());
    }
    if (closedOn.isAfter(today)) {
      throw RuleBroken.of("closedOn", "P-1", "must not be later than today (" + today + ")");
    }
    List<String> ruleIds = List.of("TC-1");
    ArrearsCase next = with(CaseStatus.CLOSED, reportOverdue, deferralEndDate, amountPaid, handledRequests,
        new TimelineEntry(now, "CLOSED", ruleIds, "closed on " + closedOn + ": " + reason,
            Map.of("closedOn", closedOn.toString(), "reason", reason, "previousStatus", status.name(),
                "amountOutstanding", amountOutstanding().toPlainString())));
    return new Step(next, List.of(new CaseFact.Closed(closedOn, reason, ruleIds)));
  }

  private ArrearsCase with(CaseStatus newStatus, boolean newReportOverdue, LocalDate newDeferralEnd,
      BigDecimal newPaid, Set<String> handled, TimelineEntry entry) {
    List<TimelineEntry> entries = new ArrayList<>(timeline);
    entries.add(entry);
    return new ArrearsCase(caseId, submissionId, creditCode, jurisdiction, enterpriseName, arrearsStartDate,
        wageMonths, amountOwed, newPaid, workersAffected, groupArrears, reporterRole, reporter, reference,
        policyVersion, reportDeadline, reportDeadlineRuleIds, calendarProvisional, newStatus, newReportOverdue,
        newDeferralEnd, openedAt, handled, entries);
  }

  private static Set<String> plus(Set<String> set, String value) {
    Set<String> copy = new LinkedHashSet<>(set);
    copy.add(value);
    return copy;
  }

  private static List<String> rules(List<String> first, List<String> second) {
    LinkedHashSet<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
