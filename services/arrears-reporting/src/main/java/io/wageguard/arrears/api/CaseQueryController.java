package io.wageguard.arrears.api;

import io.micrometer.core.annotation.Timed;
import io.wageguard.arrears.application.CaseService;
import io.wageguard.arrears.domain.CaseStatus;
import io.wageguard.arrears.persistence.CaseStore;
import io.wageguard.chassis.web.RuleViolationException;
import io.wageguard.chassis.web.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads: one case with its timeline; cases by enterprise, status, jurisdiction, overdue, paged. */
@RestController
@Validated
@RequestMapping("/api/cases")
@Timed("wageguard.arrears.http.queries")
public class CaseQueryController {

  private final CaseService cases;
  private final CaseStore store;

  public CaseQueryController(CaseService cases, CaseStore store) {
    this.cases = cases;
    this.store = store;
  }

  @GetMapping("/{caseId}")
  CaseView get(@PathVariable String caseId) {
    return CaseView.of(cases.get(caseId), true);
  }

  public record CasePage(List<CaseView> items, int page, int size, long totalElements, int totalPages) {}

  @GetMapping
  CasePage list(@RequestParam(required = false) String creditCode, @RequestParam(required = false) String status,
      @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Boolean overdue,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    if (status != null) {
      try {
        CaseStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw new RuleViolationException(List.of(new Violation("status", "schema",
            "must be one of " + List.of(CaseStatus.values()))));
      }
    }
    CaseStore.Page found = store.search(creditCode, status, jurisdiction, overdue, page, size);
    List<CaseView> items = found.items().stream().map(d -> CaseView.of(d.toDomain(), false)).toList();
    return new CasePage(items, page, size, found.total(), (int) ((found.total() + size - 1) / size));
  }
}
