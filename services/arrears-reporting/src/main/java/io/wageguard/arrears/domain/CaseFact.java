package io.wageguard.arrears.domain;

import io.wageguard.chassis.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a transition of a case decided; each becomes one event on arrears.events. */
public sealed interface CaseFact {

  List<String> ruleIds();

  record Opened(List<String> ruleIds) implements CaseFact {}

  record ReportOverdue(Instant detectedAt, List<String> ruleIds) implements CaseFact {}

  /** P-3, P-4: the report deadline recomputed on the calendar in force; the case holds the new one. */
  record ReportDeadlineChanged(LocalDate previousDeadline, boolean previousProvisional, String calendarVersion,
                               Instant changedAt, List<String> ruleIds) implements CaseFact {}

  record ReportFiled(String reportId, LocalDate deferralEndDate, LocalDate latestDeferralEnd, boolean filedLate,
                     Instant filedAt, List<String> ruleIds) implements CaseFact {}

  record ReportInvalid(String reportId, List<Violation> reasons, Instant filedAt, List<String> ruleIds)
      implements CaseFact {}

  record DeferralLapsed(LocalDate deferralEndDate, BigDecimal amountOutstanding, Instant detectedAt,
                        List<String> ruleIds) implements CaseFact {}

  record Settled(String settlementId, BigDecimal amountPaid, BigDecimal amountOutstanding, LocalDate settledOn,
                 boolean fullySettled, List<String> ruleIds) implements CaseFact {}

  record IncidentRecorded(String incidentId, IncidentKind kind, LocalDate occurredOn, int workersInvolved,
                          List<String> ruleIds) implements CaseFact {}

  record Closed(LocalDate closedOn, String reason, List<String> ruleIds) implements CaseFact {}
}
