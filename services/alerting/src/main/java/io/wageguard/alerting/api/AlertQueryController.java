package io.wageguard.alerting.api;

import io.micrometer.core.annotation.Timed;
import io.wageguard.alerting.persistence.AlertDocument;
import io.wageguard.alerting.persistence.AlertFilter;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.time.Periods;
import io.wageguard.chassis.web.RuleViolationException;
import io.wageguard.chassis.web.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
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
  private final MongoTemplate mongo;
  private final Reach reach;

  public AlertQueryController(MongoTemplate mongo, Reach reach) {
    this.mongo = mongo;
    this.reach = reach;
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
    AlertFilter filter = filter(caller, jurisdiction, level, rule, status, creditCode, unionId, from, to);
    Query query = filter.toQuery();
    long total = mongo.count(query, AlertDocument.class);
    List<AlertView> items = mongo.find(query.skip((long) page * size).limit(size), AlertDocument.class)
        .stream().map(AlertView::of).toList();
    return new Page<>(items, page, size, total);
  }

  /** The query's filter, always narrowed to the jurisdictions the caller reaches (in the query, before paging). */
  AlertFilter filter(Caller caller, String jurisdiction, String level, String rule, String status,
      String creditCode, String unionId, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new RuleViolationException(List.of(new Violation("to", "schema", "is before from")));
    }
    return new AlertFilter(reach.alertJurisdictions(caller, jurisdiction), level, rule, status, creditCode,
        unionId,
        from == null ? null : from.atStartOfDay(Periods.SHANGHAI).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(Periods.SHANGHAI).toInstant());
  }

  @GetMapping("/{id}")
  AlertView one(Caller caller, @PathVariable String id) {
    return AlertView.of(reach.alert(caller, id));
  }
}
