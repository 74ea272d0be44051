package io.wageguard.arrears.adapter.rest;

import io.micrometer.core.annotation.Timed;
import io.wageguard.arrears.application.CaseService;
import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.chassis.events.EventIds;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes: open a case, file the TC-2 report, settle, record an incident, close. Who may call which is the access
 * matrix (config/AccessPolicy); which cases, the caller's reach: a case outside it is 404, opening one in a
 * jurisdiction the caller does not cover is 403. The chassis' audit trail records who made each write.
 */
@RestController
@RequestMapping("/api/cases")
@Timed("wageguard.arrears.http.commands")
public class CaseCommandController {

  private final CaseService cases;

  public CaseCommandController(CaseService cases) {
    this.cases = cases;
  }

  /** 201 with the new case; 200 with the same case when the submission id was seen before. */
  @PostMapping
  ResponseEntity<CaseView> open(Caller caller, @Valid @RequestBody OpenCaseRequest request) {
    CaseService.Opening opening = cases.open(request.submissionId(), request.toInput(), caller);
    if (opening.rejected()) {
      throw new RuleBroken(opening.violations());
    }
    CaseView view = CaseView.of(opening.opened(), true);
    if (opening.created()) {
      return ResponseEntity.created(URI.create("/api/cases/" + view.caseId())).body(view);
    }
    return ResponseEntity.ok().location(URI.create("/api/cases/" + view.caseId())).body(view);
  }

  /** The outcome of a filed report: valid (the case is reported) or not, with every reason. */
  public record ReportOutcome(String reportId, boolean valid, List<Violation> reasons,
                              CaseView arrearsCase) {}

  @PostMapping("/{caseId}/report")
  ReportOutcome fileReport(Caller caller, @PathVariable String caseId,
      @Valid @RequestBody CommandRequests.FileReport request) {
    String reportId = request.reportId() != null ? request.reportId() : EventIds.random();
    ArrearsCase after = cases.fileReport(caller, caseId, reportId, request.toInput());
    List<Violation> reasons = lastInvalidReasons(after, reportId);
    return new ReportOutcome(reportId, reasons.isEmpty(), reasons, CaseView.of(after, true));
  }

  @PostMapping("/{caseId}/settlements")
  CaseView settle(Caller caller, @PathVariable String caseId, @Valid @RequestBody CommandRequests.Settle request) {
    String id = request.settlementId() != null ? request.settlementId() : EventIds.random();
    return CaseView.of(cases.settle(caller, caseId, id, new BigDecimal(request.amountPaid()), request.settledOn()),
        true);
  }

  @PostMapping("/{caseId}/incidents")
  CaseView recordIncident(Caller caller, @PathVariable String caseId,
      @Valid @RequestBody CommandRequests.RecordIncident request) {
    String id = request.incidentId() != null ? request.incidentId() : EventIds.random();
    return CaseView.of(cases.recordIncident(caller, caseId, id, request.kind(), request.occurredOn(),
        request.workersInvolved()), true);
  }

  @PostMapping("/{caseId}/close")
  CaseView close(Caller caller, @PathVariable String caseId, @Valid @RequestBody CommandRequests.Close request) {
    return CaseView.of(cases.close(caller, caseId, request.closedOn(), request.reason()), true);
  }

  /** The reasons recorded for this report, read back from the timeline (empty when it was valid). */
  private static List<Violation> lastInvalidReasons(ArrearsCase c, String reportId) {
    return c.timeline().stream()
        .filter(t -> "REPORT_INVALID".equals(t.type()) && reportId.equals(t.facts().get("reportId")))
        .findFirst()
        .map(t -> t.facts().entrySet().stream()
            .filter(e -> e.getKey().startsWith("reason "))
            .map(e -> {
              String field = e.getKey().substring("reason ".length()).replace('/', '.');
              int colon = e.getValue().indexOf(": ");
              return new Violation(field, e.getValue().substring(0, colon),
                  e.getValue().substring(colon + 2));
            })
            .sorted(Comparator.comparing(Violation::field))
            .toList())
        .orElse(List.of());
  }
}
