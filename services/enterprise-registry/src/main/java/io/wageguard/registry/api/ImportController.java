package io.wageguard.registry.api;

import io.wageguard.chassis.security.Caller;
import io.wageguard.registry.application.EnterpriseImport;
import io.wageguard.registry.domain.Refused;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

  @PostMapping(path = "/import", consumes = "text/csv")
  EnterpriseImport.Report importCsv(Caller caller, @RequestBody(required = false) byte[] body) {
    List<Csv.Line> lines = Csv.parse(body == null ? "" : new String(body, StandardCharsets.UTF_8)).stream()
        .filter(line -> !line.isBlank())
        .toList();
    if (lines.isEmpty()) {
      throw Refused.of("body", "schema", "is empty; send a header line and one line per enterprise");
    }
    List<Map.Entry<Integer, List<String>>> rows = lines.subList(1, lines.size()).stream()
        .map(line -> Map.entry(line.number(), line.fields()))
        .toList();
    return importer.importRows(lines.getFirst().fields(), rows, caller);
  }
}
