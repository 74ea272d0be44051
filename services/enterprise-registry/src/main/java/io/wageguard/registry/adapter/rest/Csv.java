package io.wageguard.registry.adapter.rest;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated, fields may be quoted ("a, b" and "say ""hi"""), CRLF or LF line ends. */
final class Csv {

  /** One record and the line of the file it starts on (1-based). */
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
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        lines.add(new Line(start, List.copyOf(fields)));
        fields.clear();
        line++;
        start = line;
      } else {
        field.append(c);
      }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(field.toString());
      lines.add(new Line(start, List.copyOf(fields)));
    }
    return lines;
  }
}
