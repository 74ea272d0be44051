package io.wageguard.arrears.adapter.mongo;

import io.wageguard.arrears.application.StoredCase;
import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.CaseStatus;
import io.wageguard.arrears.domain.ReporterRole;
import io.wageguard.arrears.domain.TimelineEntry;
import io.wageguard.chassis.outbox.OutboxDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An arrears case as stored, with its pending events (outbox) in the same document. Business dates are
 * stored as ISO strings (yyyy-MM-dd) so that they compare as text and never shift with a time zone;
 * money as strings with two decimals. {@code nextDeadlineAt} is the first business date on which the
 * sweep has work for the case; absent when no deadline runs (sparse index: the sweep reads only what is due).
 */
@Document(CaseDocument.COLLECTION)
@CompoundIndex(name = "creditCode_openedAt", def = "{'creditCode': 1, 'openedAt': -1}")
// Open cases whose report deadline is provisional: recomputed when the calendar of their year arrives (P-3, P-4).
@CompoundIndex(name = "calendarProvisional_status", def = "{'calendarProvisional': 1, 'status': 1, '_id': 1}")
public class CaseDocument extends OutboxDocument {

  public static final String COLLECTION = "cases";

  @Id private String id;
  @Version private Long version;
  @Indexed(unique = true) private String submissionId;
  private String creditCode;
  @Indexed private String jurisdiction;
  private String enterpriseName;
  private String arrearsStartDate;
  private List<String> wageMonths;
  private String amountOwed;
  private String amountPaid;
  private int workersAffected;
  private boolean groupArrears;
  private String reporterRole;
  private String reporter;
  private String reference;
  private String policyVersion;
  private String reportDeadline;
  private List<String> reportDeadlineRuleIds;
  private boolean calendarProvisional;
  @Indexed private String status;
  private boolean reportOverdue;
  private boolean overdue;
  private String deferralEndDate;
  @Indexed(sparse = true) private String nextDeadlineAt;
  /**
   * Set when the case is inserted, cleared once the enterprise's months in arrears include it (a second
   * document): a crash between the two writes leaves the flag, and the reconciler counts the case later.
   */
  @Indexed(sparse = true) private Boolean historyPending;
  private Instant openedAt;
  private List<String> handledRequests;
  private List<TimelineEntry> timeline;

  /** Copies the domain state into this document, keeping its pending outbox. */
  public CaseDocument apply(ArrearsCase c) {
    id = c.caseId();
    submissionId = c.submissionId();
    creditCode = c.creditCode();
    jurisdiction = c.jurisdiction();
    enterpriseName = c.enterpriseName();
    arrearsStartDate = c.arrearsStartDate().toString();
    wageMonths = c.wageMonths().stream().map(YearMonth::toString).toList();
    amountOwed = c.amountOwed().toPlainString();
    amountPaid = c.amountPaid().toPlainString();
    workersAffected = c.workersAffected();
    groupArrears = c.groupArrears();
    reporterRole = c.reporterRole().name();
    reporter = c.reporter();
    reference = c.reference();
    policyVersion = c.policyVersion();
    reportDeadline = c.reportDeadline().toString();
    reportDeadlineRuleIds = c.reportDeadlineRuleIds();
    calendarProvisional = c.calendarProvisional();
    status = c.status().name();
    reportOverdue = c.reportOverdue();
    overdue = c.overdue();
    deferralEndDate = c.deferralEndDate() == null ? null : c.deferralEndDate().toString();
    nextDeadlineAt = c.nextDeadlineAt().map(LocalDate::toString).orElse(null);
    openedAt = c.openedAt();
    handledRequests = new ArrayList<>(c.handledRequests());
    timeline = c.timeline();
    return this;
  }

  public ArrearsCase toDomain() {
    return new ArrearsCase(id, submissionId, creditCode, jurisdiction, enterpriseName,
        LocalDate.parse(arrearsStartDate), wageMonths.stream().map(YearMonth::parse).toList(),
        new BigDecimal(amountOwed), new BigDecimal(amountPaid), workersAffected, groupArrears,
        ReporterRole.valueOf(reporterRole), reporter, reference, policyVersion, LocalDate.parse(reportDeadline),
        reportDeadlineRuleIds == null ? List.of() : reportDeadlineRuleIds, calendarProvisional,
        CaseStatus.valueOf(status), reportOverdue, deferralEndDate == null ? null : LocalDate.parse(deferralEndDate),
        openedAt, handledRequests == null ? Set.of() : new LinkedHashSet<>(handledRequests),
        timeline == null ? List.of() : timeline.stream().map(t -> new TimelineEntry(t.at(), t.type(),
            t.ruleIds() == null ? List.of() : t.ruleIds(), t.summary(), t.facts() == null ? Map.of() : t.facts()))
            .toList());
  }

  /** The case as read, with what the store keeps beside its state. */
  public StoredCase toStored() {
    return new StoredCase(toDomain(), version, Boolean.TRUE.equals(historyPending), nextDeadlineAt);
  }

  /**
   * The document of a case read as {@code before}, changed to {@code next}: the version the save must still find
   * and the history flag as read, with an empty outbox (a save pushes only the new events).
   */
  static CaseDocument changed(StoredCase before, ArrearsCase next) {
    CaseDocument doc = new CaseDocument().apply(next);
    doc.version = before.version();
    if (before.historyPending()) {
      doc.markHistoryPending();
    }
    return doc;
  }

  public String getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public Boolean getHistoryPending() {
    return historyPending;
  }

  public void markHistoryPending() {
    this.historyPending = true;
  }

  public String getNextDeadlineAt() {
    return nextDeadlineAt;
  }

  public String getStatus() {
    return status;
  }
}
