package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.domain.Alert;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The alerts export as CSV, written by Jackson's CSV module: a header line, one alert a line, CRLF line ends, RFC 4180
 * quoting only where a field needs it (a comma, a quote, a line break), lists joined by spaces, absent values empty.
 * A leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula.
 */
final class AlertCsv {

  static final String[] HEADER = {"alertId", "signal", "level", "baseLevel", "ruleIds", "creditCode",
      "enterpriseName", "jurisdiction", "routedTo", "raisedAt", "status", "policyVersion"};
  /** Strict quoting: quote a field because of what it holds, not because it is long. */
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema LINES = CsvSchema.emptySchema().withLineSeparator("\r\n");

  private AlertCsv() {}

  static String write(List<Alert> alerts) {
    StringWriter out = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer(LINES).writeValues(out)) {
      writer.write(HEADER);
      for (Alert a : alerts) {
        writer.write(new String[] {safe(a.id), safe(a.signal), safe(a.level), safe(a.baseLevel),
            safe(String.join(" ", a.ruleIds)), safe(a.creditCode), safe(a.enterpriseName), safe(a.jurisdiction),
            safe(String.join(" ", a.recipientIds)), a.raisedAt == null ? "" : safe(a.raisedAt.toString()),
            safe(a.status), safe(a.policyVersion)});
      }
    }
    return out.toString();
  }

  /**
   * An absent value is an empty field (the writer would drop a null array element, shifting the columns); a value a
   * spreadsheet would run as a formula gets a leading '.
   */
  static String safe(String value) {
    if (value == null) {
      return "";
    }
    return value.matches("^[=+\\-@].*") ? "'" + value : value;
  }
}
