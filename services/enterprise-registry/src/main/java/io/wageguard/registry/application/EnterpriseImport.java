package io.wageguard.registry.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.rules.Conflict;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import io.wageguard.registry.domain.CreditCode;
import io.wageguard.registry.domain.EnterpriseView;
import io.wageguard.registry.domain.Premises;
import io.wageguard.registry.domain.Registration;
import io.wageguard.registry.domain.Sector;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Many enterprises at once, as labour bureaus keep them in spreadsheets. Each row is one enterprise and one
 * atomic write: a new code is registered, a known one gets the row's profile (a profile change), a row that
 * matches the register changes nothing. A refused row changes nothing and says why, field by field; so
 * importing the same file again changes nothing. A caller imports only within its jurisdictions: a row for
 * another jurisdiction, or for an enterprise registered in one, is refused ({@code outside-jurisdiction}).
 */
@Service
public class EnterpriseImport {

  public static final List<String> REQUIRED = List.of("creditCode", "name", "legalRepresentative", "address",
      "jurisdiction", "sector", "premises", "headcount", "hasOwnUnion");
  public static final String EFFECTIVE_DATE = "effectiveDate";
  /** Rows per import: one file is one request, and each row is a write (the body is capped at 2 MiB too). */
  public static final int MAX_ROWS = 5000;
  public static final String OUTSIDE_JURISDICTION = "outside-jurisdiction";

  public enum Outcome { REGISTERED, UPDATED, UNCHANGED, REFUSED }

  public record RowResult(int line, String creditCode, Outcome outcome, List<Violation> reasons) {}

  public record Report(int rows, int accepted, int refused, Map<Outcome, Long> outcomes, List<RowResult> results) {}

  private final EnterpriseService service;
  private final MeterRegistry meters;

  public EnterpriseImport(EnterpriseService service, MeterRegistry meters) {
    this.service = service;
    this.meters = meters;
  }

  /** @param header the column names; @param rows each row's line number and values */
  public Report importRows(List<String> header, List<Map.Entry<Integer, List<String>>> rows, Caller caller) {
    List<String> columns = header.stream().map(String::strip).toList();
    List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw RuleBroken.of("header", "schema", "lacks the column(s) " + missing + "; the columns are "
          + String.join(",", REQUIRED) + "[," + EFFECTIVE_DATE + "]");
    }
    if (rows.size() > MAX_ROWS) {
      throw RuleBroken.of("body", "schema", "has " + rows.size() + " rows; import at most " + MAX_ROWS + " at once");
    }
    Map<String, Integer> firstLineOf = new HashMap<>();
    List<RowResult> results = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> row : rows) {
      RowResult result = importRow(row.getKey(), columns, row.getValue(), firstLineOf, caller);
      meters.counter("wageguard.registry.import.rows", "outcome", result.outcome().name()).increment();
      results.add(result);
    }
    int refused = (int) results.stream().filter(r -> r.outcome() == Outcome.REFUSED).count();
    Map<Outcome, Long> outcomes = new java.util.EnumMap<>(Outcome.class);
    Arrays.stream(Outcome.values()).forEach(o -> outcomes.put(o,
        results.stream().filter(r -> r.outcome() == o).count()));
    return new Report(results.size(), results.size() - refused, refused, outcomes, results);
  }

  private RowResult importRow(int line, List<String> columns, List<String> values, Map<String, Integer> firstLineOf,
      Caller caller) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < columns.size() && i < values.size(); i++) {
      cells.put(columns.get(i), values.get(i).strip());
    }
    String code = cells.getOrDefault("creditCode", "");
    if (values.size() != columns.size()) {
      return refused(line, code, List.of(new Violation("row", "schema",
          "has " + values.size() + " fields, the header " + columns.size())));
    }
    List<Violation> reasons = new ArrayList<>();
    Registration registration = new Registration(code, blankToNull(cells.get("name")),
        blankToNull(cells.get("legalRepresentative")), blankToNull(cells.get("address")),
        blankToNull(cells.get("jurisdiction")),
        parseEnum(Sector.class, "sector", cells.get("sector"), reasons),
        parseEnum(Premises.class, "premises", cells.get("premises"), reasons),
        parseInt("headcount", cells.get("headcount"), reasons),
        parseBoolean("hasOwnUnion", cells.get("hasOwnUnion"), reasons),
        parseDate(cells.get(EFFECTIVE_DATE), reasons));
    reasons.addAll(registration.violations(service.jurisdictions(), service.stamp(caller.subject()).today()).stream()
        .filter(v -> reasons.stream().noneMatch(r -> r.field().equals(v.field())))
        .toList());
    if (CreditCode.isValid(code)) {
      Integer earlier = firstLineOf.putIfAbsent(code, line);
      if (earlier != null) {
        reasons.add(new Violation("creditCode", "import", "appears on line " + earlier + " already"));
      }
    }
    if (reasons.isEmpty() && !caller.reaches(registration.jurisdiction(), code)) {
      reasons.add(new Violation("jurisdiction", OUTSIDE_JURISDICTION,
          "'" + registration.jurisdiction() + "' is outside the jurisdictions of " + caller.subject()));
    }
    if (!reasons.isEmpty()) {
      return refused(line, code, reasons);
    }
    try {
      service.register(registration, caller);
      return new RowResult(line, code, Outcome.REGISTERED, List.of());
    } catch (Conflict exists) {
      // known already: the row is the enterprise's profile as the bureau now has it
    } catch (RuleBroken e) {
      return refused(line, code, e.violations());
    }
    try {
      long before = service.get(code).version();
      EnterpriseView after = service.change(code, caller,
          (enterprise, stamp) -> enterprise.changeProfile(registration.asPatch(), service.jurisdictions(), stamp));
      return new RowResult(line, code, after.version() == before ? Outcome.UNCHANGED : Outcome.UPDATED, List.of());
    } catch (NotFound | OutsideJurisdiction outsideReach) {
      return refused(line, code, List.of(new Violation("creditCode", OUTSIDE_JURISDICTION,
          "is registered in a jurisdiction outside those of " + caller.subject())));
    } catch (RuleBroken e) {
      return refused(line, code, e.violations());
    } catch (OptimisticLockingFailureException e) {
      return refused(line, code, List.of(new Violation("creditCode", "concurrent-change",
          "the enterprise was changed meanwhile; import the row again")));
    }
  }

  private static RowResult refused(int line, String code, List<Violation> reasons) {
    return new RowResult(line, code, Outcome.REFUSED, List.copyOf(reasons));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value, List<Violation> reasons) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      reasons.add(new Violation(field, "schema", "'" + value + "' is not one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
      return null;
    }
  }

  private static Integer parseInt(String field, String value, List<Violation> reasons) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      reasons.add(new Violation(field, "schema", "'" + value + "' is not a whole number"));
      return null;
    }
  }

  private static Boolean parseBoolean(String field, String value, List<Violation> reasons) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "是" -> true;
      case "false", "no", "n", "0", "否" -> false;
      default -> {
        reasons.add(new Violation(field, "schema", "'" + value + "' is not true or false"));
        yield null;
      }
    };
  }

  private static LocalDate parseDate(String value, List<Violation> reasons) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      reasons.add(new Violation(EFFECTIVE_DATE, "schema", "'" + value + "' is not a date (yyyy-MM-dd)"));
      return null;
    }
  }
}
