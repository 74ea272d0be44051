package io.wageguard.registry.adapter.rest;

import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import io.wageguard.registry.application.EnterpriseImport;
import io.wageguard.registry.application.EnterpriseImport.Outcome;
import io.wageguard.registry.application.EnterpriseImport.Report;
import io.wageguard.registry.application.EnterpriseImport.RowResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/**
 * {@code POST /api/enterprises/import}, {@code text/csv} in UTF-8, a header line then one enterprise per line:
 * creditCode,name,legalRepresentative,address,jurisdiction,sector,premises,headcount,hasOwnUnion[,effectiveDate].
 * Answers 200 with a report of every row (REGISTERED, UPDATED, UNCHANGED or REFUSED with the reasons). At most
 * {@link EnterpriseImport#MAX_ROWS} rows, and the chassis caps the body at 2 MiB (413).
 */
@RestController
@RequestMapping("/api/enterprises")
class ImportController {

  private final EnterpriseImport importer;

  ImportController(EnterpriseImport importer) {
    this.importer = importer;
  }

  /** The import's report as answered: each row imported names where its enterprise is read. */
  record ImportReport(int rows, int accepted, int refused, Map<Outcome, Long> outcomes, List<Row> results) {

    record Row(int line, String creditCode, Outcome outcome, String location, List<Violation> reasons) {}

    static ImportReport of(Report report) {
      return new ImportReport(report.rows(), report.accepted(), report.refused(), report.outcomes(),
          report.results().stream().map(ImportReport::row).toList());
    }

    private static Row row(RowResult result) {
      String location = result.outcome() == Outcome.REFUSED ? null
          : EnterpriseWriteController.locationOf(result.creditCode()).toString();
      return new Row(result.line(), result.creditCode(), result.outcome(), location, result.reasons());
    }
  }

  @PostMapping(path = "/import", consumes = "text/csv")
  ImportReport importCsv(Caller caller, @RequestBody(required = false) byte[] body) {
    List<Csv.Line> lines;
    try {
      lines = Csv.parse(body == null ? "" : new String(body, StandardCharsets.UTF_8)).stream()
          .filter(line -> !line.isBlank())
          .toList();
    } catch (JacksonException e) {
      throw RuleBroken.of("body", "schema", "is not CSV: " + e.getOriginalMessage());
    }
    if (lines.isEmpty()) {
      throw RuleBroken.of("body", "schema", "is empty; send a header line and one line per enterprise");
    }
    List<Map.Entry<Integer, List<String>>> rows = lines.subList(1, lines.size()).stream()
        .map(line -> Map.entry(line.number(), line.fields()))
        .toList();
    return ImportReport.of(importer.importRows(lines.getFirst().fields(), rows, caller));
  }
}
