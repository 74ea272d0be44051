package io.wageguard.deposits.adapter.rest;

import java.util.List;
import java.util.Map;

/**
 * What the REST API answers, as typed records so that {@code /v3/api-docs} describes every body. Money is a
 * string with two decimals ("12345.67"), dates are ISO strings, and the field order is the one clients read.
 * {@link ResponseMappers} builds them from the domain; the domain itself knows nothing of JSON.
 */
public final class DepositResponses {

  private DepositResponses() {}

  /** Which policy, in which version, a decision used. */
  public record PolicyRefView(String id, int version) {}

  /** A deadline that follows from an assessment; {@code dueDate} is null until its start event happens. */
  public record DeadlineView(String obligation, String dueDate, String amount, List<String> ruleIds, String note) {}

  /** TC-6: which clause exempted, under which reading, on which ratings. */
  public record ExemptionView(String clause, String reading, String grade, Integer gradeYear, Boolean harmonious,
                              Integer designationYear) {}

  /** An obligation assessment with everything that explains it. */
  public record AssessmentResponse(long sequence, String outcome, PolicyRefView policy, List<String> clauses,
                                   String requiredAmount, List<DeadlineView> deadlines, ExemptionView exemption,
                                   Map<String, String> facts, List<String> missingFacts, List<String> ruleIds,
                                   String asOf, String assessedAt) {}

  /** One append-only ledger entry. */
  public record LedgerEntryView(String entryId, long sequence, String kind, String amount, String balanceAfter,
                                String valueDate, String reference, String reverses, String requested,
                                String shortfall, List<String> ruleIds, String previousHash, String hash,
                                String recordedAt) {}

  /** A deadline the enterprise must meet, and whether it was met, missed or cancelled. */
  public record DueView(String obligation, String dueDate, String amount, String month, List<String> ruleIds,
                        String metOn, String missedOn, Integer missCount, String cancelledOn) {}

  /** The result of recomputing every hash and link of a ledger. */
  public record VerificationResponse(boolean valid, int entries, String headHash, Long brokenAtSequence,
                                     String reason) {}

  /** The current requirement in a status: the latest assessment, in short. */
  public record RequirementView(String outcome, String requiredAmount, List<String> clauses, PolicyRefView policy,
                                long assessmentSequence) {}

  /** An enterprise's deposit status as of a date. */
  public record StatusResponse(String creditCode, String jurisdiction, String asOf, RequirementView requirement,
                               String balance, String compliance, String stage, DueView nextDue,
                               List<DueView> missedDeadlines, String shortfallTotal, List<LedgerEntryView> ledger,
                               VerificationResponse verification) {}

  /** An enterprise's ledger as of a date. */
  public record LedgerResponse(String creditCode, String asOf, String balance, List<LedgerEntryView> entries,
                               VerificationResponse verification) {}

  /** One enterprise in a list of deposits; {@code policy} is "id/version". */
  public record DepositRow(String creditCode, String jurisdiction, String outcome, String policy,
                           String requiredAmount, String balance, String compliance, DueView nextDue,
                           int missedDeadlines, boolean ledgerValid) {}

  /** Totals over every enterprise a list matched, not only the page. */
  public record DepositTotals(int enterprises, String requiredAmount, String balance,
                              Map<String, Integer> byCompliance) {}

  /** A page of deposits with totals. */
  public record DepositListResponse(String asOf, String jurisdiction, String compliance, DepositTotals totals,
                                    int page, int size, List<DepositRow> items) {}

  /** A policy version in force (policies are data); {@code parameters} is the family's parameters as text. */
  public record PolicyResponse(String id, int version, String jurisdiction, String name, String effectiveFrom,
                               String family, String parameters) {}

  /** What this service knows of an enterprise, and from which events. */
  public record FactsResponse(String creditCode, String name, String jurisdiction, String sector, String premises,
                              Integer headcount, String status, long profileVersion,
                              List<StatusChangeView> statusHistory, PayrollView payroll, Map<String, String> ratings,
                              Map<String, Boolean> designations, List<ArrearsCaseView> arrearsCases,
                              String unpaidArrears, List<IncidentView> incidents, List<ThresholdView> thresholds,
                              List<FactSourceView> sources) {}

  public record StatusChangeView(String status, String effectiveDate) {}

  /** Total wages by period: years in {@code annual}, months in {@code monthly}. */
  public record PayrollView(Map<String, String> annual, Map<String, String> monthly) {}

  public record ArrearsCaseView(String caseId, String arrearsStartDate, List<String> wageMonths, String amountOwed,
                                String amountOutstanding, int workersAffected, boolean open) {}

  public record IncidentView(String incidentId, String kind, String occurredOn, int workersInvolved) {}

  public record ThresholdView(int monthsInRow, int monthsInTotal, String asOf) {}

  public record FactSourceView(String fact, String eventId, String type, String time) {}
}
