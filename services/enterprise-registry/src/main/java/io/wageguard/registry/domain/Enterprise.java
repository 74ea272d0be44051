package io.wageguard.registry.domain;

import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An enterprise of the register, identified by its credit code, with everything it ever declared.
 *
 * <p>Facts are kept with the business date from which they hold ({@code effectiveDate}, P-1) and the instant they
 * were recorded, so that "what was true on date D" is answerable (TC-3 and HT-1 look back two years, HT-6b needs
 * two consecutive years of ratings). Profile changes (status included) are appended in effective-date order;
 * a later declaration of a payroll period, rating year or designation year corrects the earlier one from its
 * effective date on. A command that changes nothing records nothing and emits nothing.
 */
public final class Enterprise {

  public static final int FIRST_YEAR = 1990;
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

  private final CreditCode creditCode;
  private final Instant registeredAt;
  private long version;
  private final List<DatedProfile> profiles;
  private final List<PayrollDeclaration> payroll;
  private final List<Rating> ratings;
  private final List<Designation> designations;
  private final List<Change> history;
  private final List<EnterpriseEvent> pending = new ArrayList<>();

  private Enterprise(CreditCode creditCode, Instant registeredAt, long version, List<DatedProfile> profiles,
      List<PayrollDeclaration> payroll, List<Rating> ratings, List<Designation> designations,
      List<Change> history) {
    this.creditCode = Objects.requireNonNull(creditCode);
    this.registeredAt = Objects.requireNonNull(registeredAt);
    this.version = version;
    this.profiles = new ArrayList<>(profiles);
    this.payroll = new ArrayList<>(payroll);
    this.ratings = new ArrayList<>(ratings);
    this.designations = new ArrayList<>(designations);
    this.history = new ArrayList<>(history);
    if (this.profiles.isEmpty()) {
      throw new IllegalArgumentException("an enterprise has a profile");
    }
  }

  /** A stored enterprise, as it was saved. */
  public static Enterprise restore(String creditCode, Instant registeredAt, long version,
      List<DatedProfile> profiles, List<PayrollDeclaration> payroll, List<Rating> ratings,
      List<Designation> designations, List<Change> history) {
    return new Enterprise(CreditCode.of(creditCode), registeredAt, version, nonNull(profiles), nonNull(payroll),
        nonNull(ratings), nonNull(designations), nonNull(history));
  }

  /** Enters an enterprise into the register, ACTIVE, with version 1. */
  public static Enterprise register(Registration registration, Jurisdictions jurisdictions, Stamp stamp) {
    List<Violation> found = registration.violations(jurisdictions, stamp.today());
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    LocalDate effective = orToday(registration.effectiveDate(), stamp);
    Profile profile = registration.profile();
    Enterprise enterprise = new Enterprise(CreditCode.of(registration.creditCode()), stamp.at(), 1,
        List.of(new DatedProfile(effective, 1, profile)), List.of(), List.of(), List.of(), List.of());
    enterprise.history.add(new Change(1, stamp.at(), stamp.actor(), ChangeKind.REGISTERED, effective,
        stringValues(profile.fields())));
    enterprise.pending.add(new EnterpriseEvent.Registered(enterprise.snapshot(), effective));
    return enterprise;
  }

  // ---------------------------------------------------------------------------------------------- commands

  /** Changes some profile fields from the effective date on (not before the latest profile change). */
  public void changeProfile(ProfilePatch patch, Jurisdictions jurisdictions, Stamp stamp) {
    List<Violation> found = patch.violations(jurisdictions);
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    Profile before = currentProfile();
    Profile after = patch.applyTo(before);
    Map<String, Object> changed = before.changesTo(after);
    if (changed.isEmpty()) {
      return; // nothing to record, whatever its date: re-sending the same facts changes nothing
    }
    LocalDate effective = checkProfileDate(found, patch.effectiveDate(), stamp);
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    long next = version + 1;
    profiles.add(new DatedProfile(effective, next, after));
    record(next, stamp, ChangeKind.PROFILE_CHANGED, effective, stringValues(changed));
    pending.add(new EnterpriseEvent.ProfileChanged(snapshot(), changed, effective));
  }

  /** Sets the status (ACTIVE, DISSOLVED, BANKRUPT, ...) from the effective date on. */
  public void changeStatus(Status status, LocalDate effectiveDate, Stamp stamp) {
    List<Violation> found = new ArrayList<>();
    if (status == null) {
      found.add(new Violation("status", "schema", "is required"));
    }
    LocalDate effective = checkProfileDate(found, effectiveDate, stamp);
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    Profile before = currentProfile();
    if (before.status() == status) {
      return;
    }
    long next = version + 1;
    profiles.add(new DatedProfile(effective, next, before.withStatus(status)));
    record(next, stamp, ChangeKind.STATUS_CHANGED, effective,
        Map.of("status", status.name(), "previous", before.status().name()));
    pending.add(new EnterpriseEvent.StatusChanged(snapshot(), before.status(), effective));
  }

  /**
   * Declares the total wages of a year ("2025", ANNUAL) or a month ("2026-03", MONTHLY). A period may not lie
   * in the future; amounts are yuan with at most two decimals (M-1).
   */
  public void declarePayroll(PayrollKind kind, String period, BigDecimal totalWages, LocalDate effectiveDate,
      Stamp stamp) {
    List<Violation> found = new ArrayList<>();
    if (kind == null) {
      found.add(new Violation("kind", "schema", "is required (ANNUAL or MONTHLY)"));
    } else {
      checkPeriod(found, kind, period, stamp.today());
    }
    BigDecimal amount = null;
    if (totalWages == null) {
      found.add(new Violation("totalWages", "schema", "is required"));
    } else if (totalWages.signum() < 0) {
      found.add(new Violation("totalWages", "M-1", "must not be negative"));
    } else if (totalWages.stripTrailingZeros().scale() > 2) {
      found.add(new Violation("totalWages", "M-1", "is in yuan with at most two decimals (fen)"));
    } else {
      amount = totalWages.setScale(2);
    }
    EffectiveDates.notAfterToday(found, effectiveDate, stamp.today());
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    LocalDate effective = orToday(effectiveDate, stamp);
    String key = kind + "/" + period;
    PayrollDeclaration inForce = latest(payroll, PayrollDeclaration::key).get(key);
    if (inForce != null && inForce.totalWages().equals(amount)) {
      return;
    }
    long next = version + 1;
    PayrollDeclaration declaration = new PayrollDeclaration(kind, period, amount, effective, stamp.at(), next);
    payroll.add(declaration);
    record(next, stamp, ChangeKind.PAYROLL_DECLARED, effective,
        Map.of("kind", kind.name(), "period", period, "totalWages", amount.toPlainString()));
    pending.add(new EnterpriseEvent.PayrollDeclared(snapshot(), declaration));
  }

  /** Records the labour bureau's integrity grade for a year (TC-6, HT-6b). */
  public void recordRating(Integer year, Grade grade, LocalDate effectiveDate, Stamp stamp) {
    List<Violation> found = new ArrayList<>();
    checkYear(found, year, stamp.today());
    if (grade == null) {
      found.add(new Violation("grade", "schema", "is required (A, B, C or D)"));
    }
    EffectiveDates.notAfterToday(found, effectiveDate, stamp.today());
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    Rating inForce = latest(ratings, r -> r.year()).get(year);
    if (inForce != null && inForce.grade() == grade) {
      return;
    }
    LocalDate effective = orToday(effectiveDate, stamp);
    long next = version + 1;
    Rating rating = new Rating(year, grade, effective, stamp.at(), next);
    ratings.add(rating);
    record(next, stamp, ChangeKind.RATING_RECORDED, effective,
        Map.of("year", Integer.toString(year), "grade", grade.name()));
    pending.add(new EnterpriseEvent.RatingRecorded(snapshot(), rating));
  }

  /** Records whether the union federation designated it a "harmonious labour relations enterprise" for a year (TC-6). */
  public void recordDesignation(Integer year, Boolean harmonious, LocalDate effectiveDate, Stamp stamp) {
    List<Violation> found = new ArrayList<>();
    checkYear(found, year, stamp.today());
    if (harmonious == null) {
      found.add(new Violation("harmonious", "schema", "is required"));
    }
    EffectiveDates.notAfterToday(found, effectiveDate, stamp.today());
    if (!found.isEmpty()) {
      throw new RuleBroken(found);
    }
    Designation inForce = latest(designations, d -> d.year()).get(year);
    if (inForce != null && inForce.harmonious() == harmonious) {
      return;
    }
    LocalDate effective = orToday(effectiveDate, stamp);
    long next = version + 1;
    Designation designation = new Designation(year, harmonious, effective, stamp.at(), next);
    designations.add(designation);
    record(next, stamp, ChangeKind.DESIGNATION_RECORDED, effective,
        Map.of("year", Integer.toString(year), "harmonious", Boolean.toString(harmonious)));
    pending.add(new EnterpriseEvent.DesignationRecorded(snapshot(), designation));
  }

  // ---------------------------------------------------------------------------------------------- queries

  /** Now: everything recorded (effective dates are never in the future). */
  public EnterpriseView current() {
    return view(null);
  }

  /** What was true at the end of {@code date}; empty if the enterprise's profile did not hold yet. */
  public java.util.Optional<EnterpriseView> asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (profiles.getFirst().effectiveDate().isAfter(date)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(view(date));
  }

  private EnterpriseView view(LocalDate date) {
    DatedProfile profile = null;
    for (DatedProfile candidate : profiles) {
      if (holds(candidate.effectiveDate(), date)) {
        profile = candidate;
      }
    }
    List<PayrollDeclaration> declared = latest(
        payroll.stream().filter(p -> holds(p.effectiveDate(), date)).toList(), PayrollDeclaration::key)
        .values().stream()
        .sorted(Comparator.comparing(PayrollDeclaration::kind).thenComparing(PayrollDeclaration::period))
        .toList();
    List<Rating> rated = latest(ratings.stream().filter(r -> holds(r.effectiveDate(), date)).toList(),
        r -> r.year()).values().stream().sorted(Comparator.comparingInt(Rating::year)).toList();
    List<Designation> designated = latest(
        designations.stream().filter(d -> holds(d.effectiveDate(), date)).toList(), d -> d.year())
        .values().stream().sorted(Comparator.comparingInt(Designation::year)).toList();
    List<Change> changes = history.stream().filter(c -> holds(c.effectiveDate(), date)).toList();
    return new EnterpriseView(creditCode.value(), date, version, registeredAt, profile, declared, rated,
        designated, changes);
  }

  public Snapshot snapshot() {
    return new Snapshot(creditCode.value(), registeredAt, version, currentProfile());
  }

  public Profile currentProfile() {
    return profiles.getLast().profile();
  }

  /** The events of the commands given since the last call, in order; clears them. */
  public List<EnterpriseEvent> pullEvents() {
    List<EnterpriseEvent> events = List.copyOf(pending);
    pending.clear();
    return events;
  }

  public String creditCode() {
    return creditCode.value();
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public long version() {
    return version;
  }

  public List<DatedProfile> profiles() {
    return List.copyOf(profiles);
  }

  public List<PayrollDeclaration> payroll() {
    return List.copyOf(payroll);
  }

  public List<Rating> ratings() {
    return List.copyOf(ratings);
  }

  public List<Designation> designations() {
    return List.copyOf(designations);
  }

  public List<Change> history() {
    return List.copyOf(history);
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private void record(long next, Stamp stamp, ChangeKind kind, LocalDate effective, Map<String, String> details) {
    version = next;
    history.add(new Change(next, stamp.at(), stamp.actor(), kind, effective, details));
  }

  private LocalDate checkProfileDate(List<Violation> found, LocalDate effectiveDate, Stamp stamp) {
    EffectiveDates.notAfterToday(found, effectiveDate, stamp.today());
    LocalDate effective = orToday(effectiveDate, stamp);
    LocalDate last = profiles.getLast().effectiveDate();
    if (effective.isBefore(last)) {
      found.add(new Violation(EffectiveDates.FIELD, "registry-history",
          "must not be before " + last + ", the date of the latest profile change"));
    }
    return effective;
  }

  private static void checkPeriod(List<Violation> found, PayrollKind kind, String period, LocalDate today) {
    if (period == null || period.isBlank()) {
      found.add(new Violation("period", "schema", "is required"));
      return;
    }
    if (kind == PayrollKind.ANNUAL) {
      if (!YEAR.matcher(period).matches()) {
        found.add(new Violation("period", "schema", "an ANNUAL declaration's period is a year, e.g. 2025"));
      } else if (Integer.parseInt(period) > today.getYear()) {
        found.add(new Violation("period", "P-1", "must not be after the current year " + today.getYear()));
      }
      return;
    }
    if (!MONTH.matcher(period).matches()) {
      found.add(new Violation("period", "schema", "a MONTHLY declaration's period is a month, e.g. 2026-03"));
      return;
    }
    try {
      if (YearMonth.parse(period).isAfter(YearMonth.from(today))) {
        found.add(new Violation("period", "P-1", "must not be after the current month " + YearMonth.from(today)));
      }
    } catch (DateTimeParseException e) {
      found.add(new Violation("period", "schema", "is not a month"));
    }
  }

  private static void checkYear(List<Violation> found, Integer year, LocalDate today) {
    if (year == null) {
      found.add(new Violation("year", "schema", "is required"));
    } else if (year < FIRST_YEAR || year > today.getYear()) {
      found.add(new Violation("year", "schema", "must be between " + FIRST_YEAR + " and " + today.getYear()));
    }
  }

  private static boolean holds(LocalDate effectiveDate, LocalDate asOf) {
    return asOf == null || !effectiveDate.isAfter(asOf);
  }

  private static LocalDate orToday(LocalDate date, Stamp stamp) {
    return date != null ? date : stamp.today();
  }

  /** The last fact per key, in recording order: a later declaration of the same key corrects an earlier one. */
  private static <T, K> Map<K, T> latest(List<T> facts, Function<T, K> key) {
    Map<K, T> latest = new LinkedHashMap<>();
    for (T fact : facts) {
      latest.put(key.apply(fact), fact);
    }
    return latest;
  }

  private static Map<String, String> stringValues(Map<String, Object> values) {
    Map<String, String> strings = new LinkedHashMap<>();
    values.forEach((k, v) -> strings.put(k, String.valueOf(v)));
    return strings;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
