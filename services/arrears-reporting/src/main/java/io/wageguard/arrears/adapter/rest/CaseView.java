package io.wageguard.arrears.adapter.rest;

import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.TimelineEntry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A case as the API shows it, with its timeline (every step with its rule ids and facts). */
public record CaseView(String caseId, String submissionId, String creditCode, String enterpriseName,
                       String jurisdiction, String status, boolean overdue, String arrearsStartDate,
                       List<String> wageMonths, String amountOwed, String amountPaid, String amountOutstanding,
                       int workersAffected, boolean groupArrears, String reporterRole, String reporter,
                       String reference, String reportDeadline, List<String> reportDeadlineRuleIds,
                       boolean calendarProvisional, String deferralEndDate, String nextDeadlineAt,
                       String policyVersion, String openedAt, List<TimelineEntry> timeline) {

  static CaseView of(ArrearsCase c, boolean withTimeline) {
    return new CaseView(c.caseId(), c.submissionId(), c.creditCode(), c.enterpriseName(), c.jurisdiction(),
        c.status().name(), c.overdue(), c.arrearsStartDate().toString(),
        c.wageMonths().stream().map(YearMonth::toString).toList(), c.amountOwed().toPlainString(),
        c.amountPaid().toPlainString(), c.amountOutstanding().toPlainString(), c.workersAffected(),
        c.groupArrears(), c.reporterRole().name(), c.reporter(), c.reference(), c.reportDeadline().toString(),
        c.reportDeadlineRuleIds(), c.calendarProvisional(),
        c.deferralEndDate() == null ? null : c.deferralEndDate().toString(),
        c.nextDeadlineAt().map(LocalDate::toString).orElse(null), c.policyVersion(), c.openedAt().toString(),
        withTimeline ? c.timeline() : null);
  }
}
