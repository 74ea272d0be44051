package io.wageguard.arrears.adapter.kafka;

import io.wageguard.arrears.application.CaseEvents;
import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.ArrearsHistory;
import io.wageguard.arrears.domain.CaseFact;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.EventIds;
import io.wageguard.chassis.rules.Violation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns what the domain decided into the CloudEvents of arrears.events (schemas in contracts/). Ids are
 * name-based on the facts, so the same decision always carries the same id.
 */
@Component
public class ArrearsEvents implements CaseEvents {

  public static final String PREFIX = "wageguard.arrears.";
  public static final String SUBMISSION = PREFIX + "submission.v1";
  public static final String SUBMISSION_REJECTED = PREFIX + "submission-rejected.v1";
  public static final String CASE_OPENED = PREFIX + "case-opened.v1";
  public static final String REPORT_OVERDUE = PREFIX + "report-overdue.v1";
  public static final String REPORT_DEADLINE_CHANGED = PREFIX + "report-deadline-changed.v1";
  public static final String REPORT_FILED = PREFIX + "report-filed.v1";
  public static final String REPORT_INVALID = PREFIX + "report-invalid.v1";
  public static final String DEFERRAL_LAPSED = PREFIX + "deferral-lapsed.v1";
  public static final String SETTLED = PREFIX + "settled.v1";
  public static final String INCIDENT_RECORDED = PREFIX + "incident-recorded.v1";
  public static final String THRESHOLD_REACHED = PREFIX + "threshold-reached.v1";
  public static final String CASE_CLOSED = PREFIX + "case-closed.v1";

  private final CloudEventCodec codec = new CloudEventCodec(URI.create("/wageguard/arrears-reporting"));
  private final Clock clock;

  public ArrearsEvents(Clock clock) {
    this.clock = clock;
  }

  @Override
  public CloudEvent of(ArrearsCase c, CaseFact fact) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("caseId", c.caseId());
    data.put("creditCode", c.creditCode());
    data.put("jurisdiction", c.jurisdiction());
    return switch (fact) {
      case CaseFact.Opened opened -> {
        data.put("submissionId", c.submissionId());
        data.put("arrearsStartDate", date(c.arrearsStartDate()));
        data.put("wageMonths", c.wageMonths().stream().map(YearMonth::toString).toList());
        data.put("amountOwed", c.amountOwed().toPlainString());
        data.put("workersAffected", c.workersAffected());
        data.put("groupArrears", c.groupArrears());
        data.put("reporterRole", c.reporterRole().name());
        data.put("reporter", c.reporter());
        if (c.reference() != null) {
          data.put("reference", c.reference());
        }
        data.put("reportDeadline", date(c.reportDeadline()));
        data.put("ruleIds", opened.ruleIds());
        data.put("policyVersion", c.policyVersion());
        data.put("calendarProvisional", c.calendarProvisional());
        data.put("openedAt", c.openedAt().toString());
        yield create(EventIds.nameBased(CASE_OPENED, c.submissionId()), CASE_OPENED, c, data);
      }
      case CaseFact.ReportOverdue overdue -> {
        data.put("arrearsStartDate", date(c.arrearsStartDate()));
        data.put("reportDeadline", date(c.reportDeadline()));
        data.put("workersAffected", c.workersAffected());
        data.put("groupArrears", c.groupArrears());
        data.put("ruleIds", overdue.ruleIds());
        data.put("policyVersion", c.policyVersion());
        data.put("detectedAt", overdue.detectedAt().toString());
        yield create(EventIds.nameBased(REPORT_OVERDUE, c.caseId(), date(c.reportDeadline())), REPORT_OVERDUE, c,
            data);
      }
      case CaseFact.ReportDeadlineChanged changed -> {
        data.put("arrearsStartDate", date(c.arrearsStartDate()));
        data.put("previousReportDeadline", date(changed.previousDeadline()));
        data.put("previousCalendarProvisional", changed.previousProvisional());
        data.put("reportDeadline", date(c.reportDeadline()));
        data.put("calendarProvisional", c.calendarProvisional());
        data.put("calendarVersion", changed.calendarVersion());
        data.put("ruleIds", changed.ruleIds());
        data.put("policyVersion", c.policyVersion());
        data.put("changedAt", changed.changedAt().toString());
        yield create(EventIds.nameBased(REPORT_DEADLINE_CHANGED, c.caseId(), date(c.reportDeadline()),
            Boolean.toString(c.calendarProvisional()), changed.calendarVersion()), REPORT_DEADLINE_CHANGED, c, data);
      }
      case CaseFact.ReportFiled filed -> {
        data.put("reportId", filed.reportId());
        data.put("arrearsStartDate", date(c.arrearsStartDate()));
        data.put("reportDeadline", date(c.reportDeadline()));
        data.put("deferralEndDate", date(filed.deferralEndDate()));
        data.put("latestDeferralEnd", date(filed.latestDeferralEnd()));
        data.put("filedLate", filed.filedLate());
        data.put("filedAt", filed.filedAt().toString());
        data.put("ruleIds", filed.ruleIds());
        data.put("policyVersion", c.policyVersion());
        yield create(EventIds.nameBased(REPORT_FILED, c.caseId(), filed.reportId()), REPORT_FILED, c, data);
      }
      case CaseFact.ReportInvalid invalid -> {
        data.put("reportId", invalid.reportId());
        data.put("arrearsStartDate", date(c.arrearsStartDate()));
        data.put("reportDeadline", date(c.reportDeadline()));
        data.put("reasons", reasons(invalid.reasons(), ""));
        data.put("filedAt", invalid.filedAt().toString());
        data.put("workersAffected", c.workersAffected());
        data.put("groupArrears", c.groupArrears());
        data.put("ruleIds", invalid.ruleIds());
        data.put("policyVersion", c.policyVersion());
        yield create(EventIds.nameBased(REPORT_INVALID, c.caseId(), invalid.reportId()), REPORT_INVALID, c, data);
      }
      case CaseFact.DeferralLapsed lapsed -> {
        data.put("arrearsStartDate", date(c.arrearsStartDate()));
        data.put("deferralEndDate", date(lapsed.deferralEndDate()));
        data.put("amountOutstanding", lapsed.amountOutstanding().toPlainString());
        data.put("workersAffected", c.workersAffected());
        data.put("groupArrears", c.groupArrears());
        data.put("detectedAt", lapsed.detectedAt().toString());
        data.put("ruleIds", lapsed.ruleIds());
        data.put("policyVersion", c.policyVersion());
        yield create(EventIds.nameBased(DEFERRAL_LAPSED, c.caseId(), date(lapsed.deferralEndDate())),
            DEFERRAL_LAPSED, c, data);
      }
      case CaseFact.Settled settled -> {
        data.put("settlementId", settled.settlementId());
        data.put("amountPaid", settled.amountPaid().toPlainString());
        data.put("amountOutstanding", settled.amountOutstanding().toPlainString());
        data.put("settledOn", date(settled.settledOn()));
        data.put("fullySettled", settled.fullySettled());
        data.put("ruleIds", settled.ruleIds());
        yield create(EventIds.nameBased(SETTLED, c.caseId(), settled.settlementId()), SETTLED, c, data);
      }
      case CaseFact.IncidentRecorded incident -> {
        data.put("incidentId", incident.incidentId());
        data.put("kind", incident.kind().name());
        data.put("occurredOn", date(incident.occurredOn()));
        data.put("workersInvolved", incident.workersInvolved());
        data.put("groupArrears", c.groupArrears());
        data.put("ruleIds", incident.ruleIds());
        yield create(EventIds.nameBased(INCIDENT_RECORDED, c.caseId(), incident.incidentId()), INCIDENT_RECORDED, c,
            data);
      }
      case CaseFact.Closed closed -> {
        data.put("closedOn", date(closed.closedOn()));
        data.put("reason", closed.reason());
        data.put("amountOutstanding", c.amountOutstanding().toPlainString());
        data.put("ruleIds", closed.ruleIds());
        yield create(EventIds.nameBased(CASE_CLOSED, c.caseId()), CASE_CLOSED, c, data);
      }
    };
  }

  @Override
  public CloudEvent thresholdReached(String creditCode, String jurisdiction, ArrearsHistory.Count count,
      LocalDate asOf, String policyVersion) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("creditCode", creditCode);
    data.put("jurisdiction", jurisdiction);
    data.put("monthsInRow", count.monthsInRow());
    data.put("monthsInTotal", count.monthsInTotal());
    List<String> months = count.monthsInWindow().stream().map(YearMonth::toString).toList();
    data.put("wageMonths", months);
    data.put("asOf", date(asOf));
    data.put("ruleIds", List.of("TC-3c", "HT-4"));
    data.put("policyVersion", policyVersion);
    return codec.create(EventIds.nameBased(THRESHOLD_REACHED, creditCode, String.join(",", months)),
        THRESHOLD_REACHED, creditCode, data, clock);
  }

  /** @param subject the submitted credit code, or the record key when the code could not be read */
  @Override
  public CloudEvent submissionRejected(String submissionId, String subject, String creditCode,
      List<Violation> reasons, Instant receivedAt) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("submissionId", submissionId);
    if (creditCode != null) {
      data.put("creditCode", creditCode);
    }
    data.put("reasons", reasons(reasons, ""));
    data.put("receivedAt", receivedAt.toString());
    return codec.create(EventIds.nameBased(SUBMISSION_REJECTED, submissionId), SUBMISSION_REJECTED, subject, data,
        clock);
  }

  private CloudEvent create(String id, String type, ArrearsCase c, Map<String, Object> data) {
    return codec.create(id, type, c.creditCode(), data, clock);
  }

  private static List<Map<String, String>> reasons(List<Violation> violations, String prefix) {
    return violations.stream().map(v -> Map.of("field", prefix + v.field(), "rule", v.rule(),
        "message", v.message())).toList();
  }

  private static String date(LocalDate date) {
    return date.toString();
  }
}
