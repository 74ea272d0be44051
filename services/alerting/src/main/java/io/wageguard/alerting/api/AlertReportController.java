package io.wageguard.alerting.api;

import io.wageguard.alerting.domain.AlertLevel;
import io.wageguard.alerting.persistence.AlertDocument;
import io.wageguard.alerting.persistence.AlertFilter;
import io.wageguard.alerting.persistence.EnterpriseDocument;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.web.NotFoundException;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views within the caller's reach: an enterprise's risk, a jurisdiction's board, a CSV export. */
@RestController
public class AlertReportController {

  public record RiskView(String creditCode, String enterpriseName, int openAlerts, String highestOpenLevel,
      List<AlertView> open, List<AlertView> history) {}

  public record BoardView(String jurisdiction, long openAlerts, Map<String, Long> openByLevel,
      Map<String, Long> openBySignal, AlertView oldestUnacknowledged) {}

  private static final int EXPORT_LIMIT = 10_000;
  private static final int RISK_HISTORY_LIMIT = 500;
  private final MongoTemplate mongo;
  private final AlertQueryController queries;
  private final Reach reach;

  public AlertReportController(MongoTemplate mongo, AlertQueryController queries, Reach reach) {
    this.mongo = mongo;
    this.queries = queries;
    this.reach = reach;
  }

  /**
   * An enterprise's alerts within the caller's reach. An enterprise this service knows in another jurisdiction
   * is "not found", so a neighbour learns nothing, not even that it has no alerts.
   */
  @GetMapping("/api/enterprises/{creditCode}/risk")
  RiskView risk(Caller caller, @PathVariable String creditCode) {
    EnterpriseDocument known = mongo.findById(creditCode, EnterpriseDocument.class);
    if (known != null && !reach.reaches(caller, known.jurisdiction)) {
      throw new NotFoundException("no enterprise " + creditCode);
    }
    List<AlertView> history = mongo.find(new AlertFilter(reach.alertJurisdictions(caller, null), null, null, null,
        creditCode, null, null, null).toQuery().limit(RISK_HISTORY_LIMIT), AlertDocument.class)
        .stream().map(AlertView::of).toList();
    if (history.isEmpty() && mongo.exists(Query.query(Criteria.where("creditCode").is(creditCode)),
        AlertDocument.class)) {
      throw new NotFoundException("no enterprise " + creditCode); // its alerts are all outside the caller's reach
    }
    List<AlertView> open = history.stream().filter(a -> !"RESOLVED".equals(a.status())).toList();
    String highest = open.stream().map(a -> AlertLevel.valueOf(a.level())).max(Comparator.naturalOrder())
        .map(Enum::name).orElse(null);
    String name = history.stream().map(AlertView::enterpriseName).filter(n -> n != null).findFirst().orElse(null);
    return new RiskView(creditCode, name, open.size(), highest, open, history);
  }

  /** A jurisdiction's board; the path names the jurisdiction, so one the caller does not cover is 403. */
  @GetMapping("/api/jurisdictions/{code}/board")
  BoardView board(Caller caller, @PathVariable String code) {
    reach.requireCovers(caller, List.of(code));
    List<AlertDocument> open = mongo.find(new Query(Criteria.where("jurisdiction")
        .in(reach.alertJurisdictions(caller, code)).and("status").ne("RESOLVED")), AlertDocument.class);
    Map<String, Long> byLevel = open.stream().collect(Collectors.groupingBy(a -> a.level, TreeMap::new,
        Collectors.counting()));
    Map<String, Long> bySignal = open.stream().collect(Collectors.groupingBy(a -> a.signal, TreeMap::new,
        Collectors.counting()));
    AlertView oldest = open.stream().filter(a -> "OPEN".equals(a.status))
        .min(Comparator.comparing((AlertDocument a) -> a.raisedAt)).map(AlertView::of).orElse(null);
    return new BoardView(code, open.size(), byLevel, bySignal, oldest);
  }

  @GetMapping(value = "/api/alerts/export.csv", produces = "text/csv")
  ResponseEntity<String> export(Caller caller,
      @RequestParam(required = false) @Pattern(regexp = "^[0-9]{6}([0-9]{3})?$") String jurisdiction,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) String unionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    AlertFilter filter = queries.filter(caller, jurisdiction, level, rule, status, creditCode, unionId, from, to);
    StringBuilder csv = new StringBuilder(
        "alertId,signal,level,baseLevel,ruleIds,creditCode,enterpriseName,jurisdiction,routedTo,raisedAt,status,policyVersion\r\n");
    for (AlertDocument a : mongo.find(filter.toQuery().limit(EXPORT_LIMIT), AlertDocument.class)) {
      csv.append(String.join(",", cell(a.id), cell(a.signal), cell(a.level), cell(a.baseLevel),
          cell(String.join(" ", a.ruleIds)), cell(a.creditCode), cell(a.enterpriseName), cell(a.jurisdiction),
          cell(String.join(" ", a.recipientIds)), cell(a.raisedAt == null ? null : a.raisedAt.toString()),
          cell(a.status), cell(a.policyVersion))).append("\r\n");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alerts-" + Instant.now().getEpochSecond() + ".csv\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(csv.toString());
  }

  /** RFC 4180 quoting; a leading =,+,-,@ is prefixed with ' so spreadsheets do not run it as a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
