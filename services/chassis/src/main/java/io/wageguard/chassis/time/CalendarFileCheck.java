package io.wageguard.chassis.time;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import io.wageguard.chassis.rules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one calendar year file before anything uses it (RULES.md P-4; contracts/reference/calendar/README.md):
 * first its shape against contracts' {@code calendar.schema.json}, then what a schema cannot say: the year is the
 * one in the file name, every date lies in that year, no holiday ends before it starts or overlaps another, every
 * make-up day is a Saturday or Sunday inside no holiday, and the notice is published by the end of its year.
 *
 * <p>A file with any problem is refused as a whole; each problem names the file and the field, e.g.
 * {@code 2027.json#holidays[1].to}. Pure: no I/O beyond reading the schema from the classpath once.
 */
public final class CalendarFileCheck {

  /** The JSON Schema of a year file, packaged by contracts next to the files. */
  public static final String SCHEMA = WorkingDayCalendar.RESOURCE_DIR + "calendar.schema.json";
  /** Rule of a shape error (the repository's name for schema violations). */
  public static final String SCHEMA_RULE = "schema";
  /** Rule of a content error: the calendar is P-4's data. */
  public static final String CONTENT_RULE = "P-4";

  private static final Pattern FILE_NAME = Pattern.compile("([0-9]{4})\\.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonSchema JSON_SCHEMA = loadSchema();

  private CalendarFileCheck() {}

  /**
   * The outcome for one file: the parsed year when valid, else every problem found.
   *
   * @param sha256 hex SHA-256 of the file's bytes, whatever the outcome (so a refusal is reported once per content)
   */
  public record Result(String file, YearCalendar calendar, String sha256, List<Violation> violations) {
    public Result {
      violations = List.copyOf(violations);
    }

    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /** The year a file name announces ({@code 2027.json} → 2027), or -1 if it is not named {@code YYYY.json}. */
  public static int yearOfFileName(String file) {
    Matcher m = FILE_NAME.matcher(file);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  public static Result check(String file, byte[] bytes) {
    String sha256 = sha256(bytes);
    List<Violation> found = new ArrayList<>();
    int nameYear = yearOfFileName(file);
    if (nameYear < 0) {
      found.add(violation(file, "", SCHEMA_RULE, "a calendar file is named YYYY.json"));
      return new Result(file, null, sha256, found);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      found.add(violation(file, "", SCHEMA_RULE, "is not JSON: " + e.getOriginalMessage()));
      return new Result(file, null, sha256, found);
    }
    for (ValidationMessage m : JSON_SCHEMA.validate(text, InputFormat.JSON)) {
      found.add(violation(file, field(m), SCHEMA_RULE, message(m)));
    }
    if (!found.isEmpty()) {
      found.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
      return new Result(file, null, sha256, found);
    }
    checkContent(file, nameYear, node, found);
    if (!found.isEmpty()) {
      return new Result(file, null, sha256, found);
    }
    try {
      return new Result(file, WorkingDayCalendar.parse(node, file), sha256, List.of());
    } catch (RuntimeException e) {
      // The checks above cover every rule of YearCalendar; this is a second line, never silent.
      return new Result(file, null, sha256, List.of(violation(file, "", CONTENT_RULE, e.getMessage())));
    }
  }

  private static void checkContent(String file, int nameYear, JsonNode node, List<Violation> found) {
    int year = node.path("year").intValue();
    if (year != nameYear) {
      found.add(violation(file, "year", CONTENT_RULE, "is " + year + ", but the file is named " + file));
      return; // every other date check would only repeat this one
    }
    LocalDate published = date(node, "published");
    if (published.isAfter(LocalDate.of(year, 12, 31))) {
      found.add(violation(file, "published", CONTENT_RULE,
          published + " is after the end of " + year + "; a notice for " + year + " is published before it ends"));
    }
    record Range(int index, String name, LocalDate from, LocalDate to) {}
    List<Range> ranges = new ArrayList<>();
    JsonNode holidays = node.path("holidays");
    for (int i = 0; i < holidays.size(); i++) {
      JsonNode h = holidays.get(i);
      String at = "holidays[" + i + "]";
      LocalDate from = date(h, "from");
      LocalDate to = date(h, "to");
      inYear(file, at + ".from", from, year, found);
      inYear(file, at + ".to", to, year, found);
      if (to.isBefore(from)) {
        found.add(violation(file, at + ".to", CONTENT_RULE, to + " is before from " + from));
        continue;
      }
      for (Range other : ranges) {
        if (!from.isAfter(other.to()) && !other.from().isAfter(to)) {
          found.add(violation(file, at, CONTENT_RULE, h.path("nameZh").asString() + " " + from + ".." + to
              + " overlaps holidays[" + other.index() + "] " + other.name() + " " + other.from() + ".."
              + other.to()));
        }
      }
      ranges.add(new Range(i, h.path("nameZh").asString(), from, to));
    }
    JsonNode makeups = node.path("makeupWorkdays");
    List<LocalDate> seen = new ArrayList<>();
    for (int i = 0; i < makeups.size(); i++) {
      String at = "makeupWorkdays[" + i + "].date";
      LocalDate d = date(makeups.get(i), "date");
      inYear(file, at, d, year, found);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        found.add(violation(file, at, CONTENT_RULE, d + " is a " + d.getDayOfWeek()
            + "; a make-up working day is a Saturday or Sunday"));
      }
      for (Range r : ranges) {
        if (!d.isBefore(r.from()) && !d.isAfter(r.to())) {
          found.add(violation(file, at, CONTENT_RULE, d + " lies inside holidays[" + r.index() + "] " + r.name()
              + " " + r.from() + ".." + r.to()));
        }
      }
      if (seen.contains(d)) {
        found.add(violation(file, at, CONTENT_RULE, d + " is listed twice"));
      }
      seen.add(d);
    }
  }

  private static void inYear(String file, String field, LocalDate date, int year, List<Violation> found) {
    if (date.getYear() != year) {
      found.add(violation(file, field, CONTENT_RULE, date + " is outside " + year));
    }
  }

  /** The schema has checked the format; a date that still does not parse is reported, not thrown. */
  private static LocalDate date(JsonNode node, String field) {
    try {
      return LocalDate.parse(node.path(field).asString());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(field + " is not a date: " + node.path(field), e);
    }
  }

  /** {@code holidays[1].to}: the instance location (whatever path style the validator used), plus a missing or
   * unknown property's name. */
  private static String field(ValidationMessage m) {
    JsonNodePath location = m.getInstanceLocation();
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        path.append(path.isEmpty() ? "" : ".").append(element);
      }
    }
    if (("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) && m.getProperty() != null) {
      path.append(path.isEmpty() ? "" : ".").append(m.getProperty());
    }
    return path.toString();
  }

  /** The validator's message without its own location prefix (the field says where). */
  private static String message(ValidationMessage m) {
    String message = m.getMessage();
    int colon = message.indexOf(": ");
    return colon > 0 && (message.startsWith("$") || message.startsWith("/")) ? message.substring(colon + 2) : message;
  }

  private static Violation violation(String file, String field, String rule, String message) {
    return new Violation(field.isEmpty() ? file : file + "#" + field, rule, message);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonSchema loadSchema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaLoaders(loaders -> loaders.add(
            // Everything the schema needs is inside it: never reach for the network.
            new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
    // Draft 2020-12 only annotates "format" by default; a date must be a real date.
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = CalendarFileCheck.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("calendar schema not on the classpath: " + SCHEMA);
      }
      JsonSchema schema = factory.getSchema(in, InputFormat.JSON, config);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
