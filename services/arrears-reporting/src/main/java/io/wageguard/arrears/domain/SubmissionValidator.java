package io.wageguard.arrears.domain;

import io.wageguard.chassis.rules.Violation;
import io.wageguard.contracts.CreditCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a submission field by field and reports every broken field at once (never only the first).
 * Field names are the submission's own (e.g. {@code amountOwed}); rules are RULES.md ids or "schema".
 */
public final class SubmissionValidator {

  public static final String SCHEMA = "schema";
  private static final Pattern MONEY_TWO_DECIMALS = Pattern.compile("^-?[0-9]+\\.[0-9]{2}$");
  private static final Pattern ANY_NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
  private static final Pattern POSITIVE_MONEY =
      Pattern.compile("^(0\\.(0[1-9]|[1-9][0-9])|[1-9][0-9]*\\.[0-9]{2})$");
  private static final Pattern WAGE_MONTH = Pattern.compile("^[0-9]{4}-(0[1-9]|1[0-2])$");
  private static final Pattern JURISDICTION = Pattern.compile("^[0-9]{6}$");
  private static final Pattern DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

  private final Set<String> knownJurisdictions;

  /** @param knownJurisdictions the GB/T 2260 codes of contracts/reference/jurisdictions.json */
  public SubmissionValidator(Set<String> knownJurisdictions) {
    this.knownJurisdictions = Set.copyOf(knownJurisdictions);
  }

  /** Either a valid submission or every violation found. */
  public record Result(Submission submission, List<Violation> violations) {
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  public Result validate(String submissionId, SubmissionInput in, Optional<KnownEnterprise> registered,
      LocalDate today) {
    List<Violation> found = new ArrayList<>();
    if (blank(submissionId)) {
      found.add(new Violation("submissionId", SCHEMA, "is required: the submission's own id"));
    }
    if (blank(in.creditCode())) {
      found.add(new Violation("creditCode", SCHEMA, "is required"));
    } else if (!CreditCodes.isValid(in.creditCode())) {
      found.add(new Violation("creditCode", SCHEMA,
          "is not a valid unified social credit code (GB 32100-2015): \"" + in.creditCode() + "\""));
    }
    LocalDate start = date("arrearsStartDate", in.arrearsStartDate(), found);
    if (start != null && start.isAfter(today)) {
      found.add(new Violation("arrearsStartDate", "P-1",
          "must not be later than today (" + today + ", Asia/Shanghai); got " + start));
    }
    List<YearMonth> months = wageMonths(in.wageMonths(), found);
    BigDecimal amount = amount(in.amountOwed(), found);
    if (in.workersAffected() == null) {
      found.add(new Violation("workersAffected", SCHEMA, "is required"));
    } else if (in.workersAffected() < 1) {
      found.add(new Violation("workersAffected", SCHEMA, "must be at least 1; got " + in.workersAffected()));
    }
    ReporterRole role = null;
    if (blank(in.reporterRole())) {
      found.add(new Violation("reporterRole", SCHEMA, "is required: LABOUR_BUREAU or UNION"));
    } else {
      try {
        role = ReporterRole.valueOf(in.reporterRole());
      } catch (IllegalArgumentException e) {
        found.add(new Violation("reporterRole", SCHEMA,
            "must be LABOUR_BUREAU or UNION; got \"" + in.reporterRole() + "\""));
      }
    }
    if (blank(in.reporter())) {
      found.add(new Violation("reporter", SCHEMA, "is required: who reports (bureau or union, office or person)"));
    }
    if (in.reference() != null && in.reference().isBlank()) {
      found.add(new Violation("reference", SCHEMA, "must not be blank when given"));
    }
    String jurisdiction = jurisdiction(in.jurisdiction(), registered, found);

    if (!found.isEmpty()) {
      return new Result(null, List.copyOf(found));
    }
    return new Result(new Submission(submissionId, in.creditCode(), start, months, amount, in.workersAffected(),
        role, in.reporter(), in.reference(), jurisdiction, registered.map(KnownEnterprise::name).orElse(null)),
        List.of());
  }

  private String jurisdiction(String given, Optional<KnownEnterprise> registered, List<Violation> found) {
    if (given != null) {
      if (!JURISDICTION.matcher(given).matches()) {
        found.add(new Violation("jurisdiction", SCHEMA,
            "must be a six-digit GB/T 2260 code, e.g. 320585; got \"" + given + "\""));
        return null;
      }
      if (!knownJurisdictions.contains(given)) {
        found.add(new Violation("jurisdiction", SCHEMA, "is not a jurisdiction Wageguard serves: " + given));
        return null;
      }
    }
    // The registry knows best: its jurisdiction wins over the submitted one.
    Optional<String> fromRegistry = registered.map(KnownEnterprise::jurisdiction).filter(j -> !blank(j));
    if (fromRegistry.isPresent()) {
      return fromRegistry.get();
    }
    if (given == null) {
      found.add(new Violation("jurisdiction", SCHEMA,
          "is required: the enterprise is not in the registry, so the submission must say its jurisdiction"));
    }
    return given;
  }

  private static LocalDate date(String field, String value, List<Violation> found) {
    if (blank(value)) {
      found.add(new Violation(field, SCHEMA, "is required"));
      return null;
    }
    try {
      if (!DATE.matcher(value).matches()) {
        throw new DateTimeParseException("not yyyy-MM-dd", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      found.add(new Violation(field, SCHEMA, "must be a real date yyyy-MM-dd; got \"" + value + "\""));
      return null;
    }
  }

  private static List<YearMonth> wageMonths(List<String> values, List<Violation> found) {
    if (values == null || values.isEmpty()) {
      found.add(new Violation("wageMonths", SCHEMA, "is required: at least one month yyyy-MM"));
      return List.of();
    }
    List<YearMonth> months = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || !WAGE_MONTH.matcher(value).matches()) {
        found.add(new Violation("wageMonths/" + i, SCHEMA, "must be a month yyyy-MM; got \"" + value + "\""));
      } else if (!seen.add(value)) {
        found.add(new Violation("wageMonths/" + i, SCHEMA, "is listed twice: " + value));
      } else {
        months.add(YearMonth.parse(value));
      }
    }
    return months;
  }

  private static BigDecimal amount(String value, List<Violation> found) {
    if (blank(value)) {
      found.add(new Violation("amountOwed", SCHEMA, "is required"));
      return null;
    }
    if (!MONEY_TWO_DECIMALS.matcher(value).matches()) {
      if (ANY_NUMBER.matcher(value).matches()) {
        found.add(new Violation("amountOwed", "M-1",
            "amount must be yuan with two decimals (fen), e.g. 56400.00; got \"" + value + "\""));
      } else {
        found.add(new Violation("amountOwed", SCHEMA, "must be an amount like 56400.00; got \"" + value + "\""));
      }
      return null;
    }
    if (!POSITIVE_MONEY.matcher(value).matches()) {
      found.add(new Violation("amountOwed", SCHEMA,
          "must be greater than zero, without leading zeros; got \"" + value + "\""));
      return null;
    }
    return new BigDecimal(value);
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
