package io.wageguard.alerting.api;

import io.micrometer.core.annotation.Timed;
import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.persistence.AlertDocument;
import io.wageguard.alerting.persistence.AlertFilter;
import io.wageguard.chassis.time.Periods;
import io.wageguard.chassis.web.NotFoundException;
import io.wageguard.chassis.web.RuleViolationException;
import io.wageguard.chassis.web.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 */
@RestController
@RequestMapping("/api/alerts")
public class AlertQueryController {

  public record Page<T>(List<T> items, int page, int size, long total) {}

  private final MongoTemplate mongo;
  private final JurisdictionTree tree;

  public AlertQueryController(MongoTemplate mongo, JurisdictionTree tree) {
    this.mongo = mongo;
    this.tree = tree;
  }

  @Timed("wageguard.alerts.query")
  @GetMapping
  Page<AlertView> list(
      @RequestParam(required = false) @Pattern(regexp = "^[0-9]{6}([0-9]{3})?$") String jurisdiction,
      @RequestParam(required = false) @Pattern(regexp = "BLUE|YELLOW|ORANGE|RED") String level,
      @RequestParam(required = false) @Pattern(regexp = "^(P|TC|HT|M|EW)-[0-9]+[a-z]?$") String rule,
      @RequestParam(required = false) @Pattern(regexp = "OPEN|ACKNOWLEDGED|RESOLVED") String status,
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) String unionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    AlertFilter filter = filter(jurisdiction, level, rule, status, creditCode, unionId, from, to);
    Query query = filter.toQuery();
    long total = mongo.count(query, AlertDocument.class);
    List<AlertView> items = mongo.find(query.skip((long) page * size).limit(size), AlertDocument.class)
        .stream().map(AlertView::of).toList();
    return new Page<>(items, page, size, total);
  }

  AlertFilter filter(String jurisdiction, String level, String rule, String status, String creditCode,
      String unionId, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new RuleViolationException(List.of(new Violation("to", "schema", "is before from")));
    }
    return new AlertFilter(jurisdiction == null ? null : within(jurisdiction), level, rule, status, creditCode,
        unionId,
        from == null ? null : from.atStartOfDay(Periods.SHANGHAI).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(Periods.SHANGHAI).toInstant());
  }

  /** The code and every code inside it that alerts are stored under. */
  Collection<String> within(String code) {
    Set<String> codes = new TreeSet<>();
    codes.add(code);
    for (String stored : mongo.findDistinct(new Query(), "jurisdiction", AlertDocument.class, String.class)) {
      if (tree.isWithin(stored, code)) {
        codes.add(stored);
      }
    }
    return new ArrayList<>(codes);
  }

  @GetMapping("/{id}")
  AlertView one(@PathVariable String id) {
    AlertDocument found = mongo.findById(id, AlertDocument.class);
    if (found == null) {
      throw new NotFoundException("no alert " + id);
    }
    return AlertView.of(found);
  }
}
