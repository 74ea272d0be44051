package io.wageguard.registry.adapter.rest;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * RFC 4180 CSV read by Jackson's CSV module: comma-separated, fields may be quoted ("a, b" and "say ""hi"""), CRLF
 * or LF line ends. A text that is not CSV (a quote never closed) throws {@link tools.jackson.core.JacksonException}.
 */
final class Csv {

  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  /** One record and the line of the file it starts on (1-based); an empty line is one empty field. */
  record Line(int number, List<String> fields) {
    boolean isBlank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  private Csv() {}

  static List<Line> parse(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1); // a byte-order mark, as spreadsheet programs write
    }
    List<Line> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    int start = 1;
    // Without a schema the parser gives each record as an array of strings.
    try (JsonParser parser = MAPPER.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          fields.clear();
        } else if (token == JsonToken.VALUE_STRING) {
          fields.add(parser.getString());
        } else if (token == JsonToken.END_ARRAY) {
          lines.add(new Line(start, fields.isEmpty() ? List.of("") : List.copyOf(fields)));
          start = parser.currentLocation().getLineNr(); // the parser stands where the next record begins
        }
      }
    }
    return lines;
  }
}
