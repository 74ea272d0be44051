package io.wageguard.arrears.adapter.rest;

import io.micrometer.core.annotation.Timed;
import io.wageguard.arrears.application.CaseService;
import io.wageguard.arrears.application.Cases;
import io.wageguard.arrears.domain.CaseStatus;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads: one case with its timeline; cases by enterprise, status, jurisdiction, overdue, paged. A caller reaches the
 * cases of its jurisdictions (a city covers its districts), an enterprise only its own: another's case is 404, and
 * lists are narrowed in the query itself.
 *
 * <p>No class-level {@code @Validated}: Spring MVC validates the {@code @Min}/{@code @Max} parameters itself and the
 * chassis answers a 400 naming the parameter; the AOP proxy {@code @Validated} adds throws an exception that ends
 * as a 500.
 */
@RestController
@RequestMapping("/api/cases")
@Timed("wageguard.arrears.http.queries")
public class CaseQueryController {

  private final CaseService cases;

  public CaseQueryController(CaseService cases) {
    this.cases = cases;
  }

  /** The largest page a list answers; a larger {@code size} is a 400 naming it. */
  static final int MAX_PAGE_SIZE = 200;

  @GetMapping("/{caseId}")
  CaseView get(Caller caller, @PathVariable String caseId) {
    return CaseView.of(cases.get(caseId, caller), true);
  }

  public record CasePage(List<CaseView> items, int page, int size, long totalElements, int totalPages) {}

  @GetMapping
  CasePage list(Caller caller, @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Boolean overdue,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
    if (status != null) {
      try {
        CaseStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw new RuleBroken(List.of(new Violation("status", "schema",
            "must be one of " + List.of(CaseStatus.values()))));
      }
    }
    Cases.Page found = cases.list(caller, creditCode, status, jurisdiction, overdue, page, size);
    List<CaseView> items = found.items().stream().map(c -> CaseView.of(c, false)).toList();
    return new CasePage(items, page, size, found.total(), (int) ((found.total() + size - 1) / size));
  }
}
