package io.wageguard.alerting.adapter.rest;

import io.micrometer.core.annotation.Timed;
import io.wageguard.alerting.application.AlertFilter;
import io.wageguard.alerting.application.AlertQueries;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Queries alerts. {@code jurisdiction} includes everything inside it (a district's towns); {@code unionId}
 * gives what was routed to that union; {@code from}/{@code to} are business dates (Asia/Shanghai), inclusive.
 * Whatever the filters, a caller only ever gets alerts of the jurisdictions it covers.
 */
@RestController
@RequestMapping("/api/alerts")
public class AlertQueryController {

  public record Page<T>(List<T> items, int page, int size, long total) {}

  static final int MAX_PAGE_SIZE = 500;
  private final AlertQueries queries;

  public AlertQueryController(AlertQueries queries) {
    this.queries = queries;
  }

  @Timed("wageguard.alerts.query")
  @GetMapping
  Page<AlertView> list(Caller caller,
      @RequestParam(required = false) @Pattern(regexp = "^[0-9]{6}([0-9]{3})?$") String jurisdiction,
      @RequestParam(required = false) @Pattern(regexp = "BLUE|YELLOW|ORANGE|RED") String level,
      @RequestParam(required = false) @Pattern(regexp = "^(P|TC|HT|M|EW)-[0-9]+[a-z]?$") String rule,
      @RequestParam(required = false) @Pattern(regexp = "OPEN|ACKNOWLEDGED|RESOLVED") String status,
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) String unionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
    AlertFilter filter = queries.filter(caller, jurisdiction, level, rule, status, creditCode, unionId, from, to);
    AlertQueries.Page found = queries.page(filter, page, size);
    return new Page<>(found.items().stream().map(AlertView::of).toList(), page, size, found.total());
  }

  @GetMapping("/{id}")
  AlertView one(Caller caller, @PathVariable String id) {
    return AlertView.of(queries.one(caller, id));
  }
}
