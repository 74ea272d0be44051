package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.AlertFilter;
import io.wageguard.alerting.application.AlertQueries;
import io.wageguard.alerting.domain.Alert;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
  private final AlertQueries queries;

  public AlertReportController(AlertQueries queries) {
    this.queries = queries;
  }

  /**
   * An enterprise's alerts within the caller's reach. An enterprise this service knows in another jurisdiction
   * is "not found", so a neighbour learns nothing, not even that it has no alerts.
   */
  @GetMapping("/api/enterprises/{creditCode}/risk")
  RiskView risk(Caller caller, @PathVariable String creditCode) {
    AlertQueries.Risk risk = queries.risk(caller, creditCode);
    return new RiskView(risk.creditCode(), risk.enterpriseName(), risk.open().size(), risk.highestOpenLevel(),
        views(risk.open()), views(risk.history()));
  }

  private static List<AlertView> views(List<Alert> alerts) {
    return alerts.stream().map(AlertView::of).toList();
  }

  /** A jurisdiction's board; the path names the jurisdiction, so one the caller does not cover is 403. */
  @GetMapping("/api/jurisdictions/{code}/board")
  BoardView board(Caller caller, @PathVariable String code) {
    AlertQueries.Board board = queries.board(caller, code);
    return new BoardView(board.jurisdiction(), board.openAlerts(), board.openByLevel(), board.openBySignal(),
        board.oldestUnacknowledged().map(AlertView::of).orElse(null));
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
    String csv = AlertCsv.write(queries.all(filter, EXPORT_LIMIT));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alerts-" + Instant.now().getEpochSecond() + ".csv\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(csv);
  }
}
