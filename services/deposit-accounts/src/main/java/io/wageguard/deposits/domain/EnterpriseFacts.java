package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * This service's own view of one enterprise, kept from enterprise.events and arrears.events. Each fact
 * remembers the event it came from ({@link #sources}), so an assessment can be traced to its inputs.
 */
public class EnterpriseFacts {

  public record PayrollDeclaration(String kind, String period, BigDecimal totalWages, long version, Instant declaredAt) {}

  public record Rating(int year, String grade, long version) {}

  public record Designation(int year, boolean harmonious, long version) {}

  public record StatusChange(String status, LocalDate effectiveDate) {}

  public record ArrearsCase(String caseId, LocalDate arrearsStartDate, List<String> wageMonths, BigDecimal amountOwed,
                            BigDecimal amountOutstanding, int workersAffected, boolean open, LocalDate closedOn) {
    ArrearsCase withOutstanding(BigDecimal outstanding, boolean stillOpen, LocalDate closed) {
      return new ArrearsCase(caseId, arrearsStartDate, wageMonths, amountOwed, outstanding, workersAffected,
          stillOpen, closed);
    }
  }

  public record Incident(String incidentId, String caseId, String kind, LocalDate occurredOn, int workersInvolved) {}

  public record Threshold(String caseId, int monthsInRow, int monthsInTotal, LocalDate asOf) {}

  /** The event a fact came from. */
  public record FactSource(String fact, String eventId, String type, Instant time) {}

  /** A profile snapshot as enterprise.events carries it. */
  public record Profile(String name, String jurisdiction, String sector, String premises, Integer headcount,
                        Boolean hasOwnUnion, String status) {}

  private String creditCode;
  private String name;
  private String jurisdiction;
  private String sector;
  private String premises;
  private Integer headcount;
  private String status;
  private long profileVersion;
  private List<StatusChange> statusHistory = new ArrayList<>();
  private Map<String, PayrollDeclaration> annualPayroll = new LinkedHashMap<>();
  private Map<String, PayrollDeclaration> monthlyPayroll = new LinkedHashMap<>();
  private Map<String, Rating> ratings = new LinkedHashMap<>();
  private Map<String, Designation> designations = new LinkedHashMap<>();
  private List<ArrearsCase> cases = new ArrayList<>();
  private List<Incident> incidents = new ArrayList<>();
  private List<Threshold> thresholds = new ArrayList<>();
  private List<FactSource> sources = new ArrayList<>();

  public EnterpriseFacts() {}

  public EnterpriseFacts(String creditCode) {
    this.creditCode = creditCode;
  }

  // ---- applying facts (each returns true if something changed) ----

  public boolean applyProfile(Profile p, long version, LocalDate effectiveDate, FactSource source) {
    if (version <= profileVersion) {
      return false; // an older snapshot than the one held: out of order, ignore
    }
    profileVersion = version;
    name = p.name() != null ? p.name() : name;
    jurisdiction = p.jurisdiction() != null ? p.jurisdiction() : jurisdiction;
    sector = p.sector() != null ? p.sector() : sector;
    premises = p.premises() != null ? p.premises() : premises;
    headcount = p.headcount() != null ? p.headcount() : headcount;
    if (p.status() != null) {
      changeStatus(p.status(), effectiveDate);
    }
    record(source.fact(), source);
    return true;
  }

  public boolean applyStatus(String newStatus, long version, LocalDate effectiveDate, String eventJurisdiction,
      FactSource source) {
    if (version > 0 && version < profileVersion) {
      return false;
    }
    profileVersion = Math.max(profileVersion, version);
    if (jurisdiction == null) {
      jurisdiction = eventJurisdiction;
    }
    changeStatus(newStatus, effectiveDate);
    record("status", source);
    return true;
  }

  private void changeStatus(String newStatus, LocalDate effectiveDate) {
    if (!newStatus.equals(status)) {
      statusHistory.add(new StatusChange(newStatus, effectiveDate));
      status = newStatus;
    }
  }

  public boolean applyPayroll(PayrollDeclaration declaration, String eventJurisdiction, FactSource source) {
    Map<String, PayrollDeclaration> target = "ANNUAL".equals(declaration.kind()) ? annualPayroll : monthlyPayroll;
    PayrollDeclaration held = target.get(declaration.period());
    if (held != null && held.version() > declaration.version()) {
      return false;
    }
    target.put(declaration.period(), declaration);
    adoptJurisdiction(eventJurisdiction);
    record("payroll[" + declaration.period() + "]", source);
    return true;
  }

  public boolean applyRating(Rating rating, String eventJurisdiction, FactSource source) {
    Rating held = ratings.get(Integer.toString(rating.year()));
    if (held != null && held.version() > rating.version()) {
      return false;
    }
    ratings.put(Integer.toString(rating.year()), rating);
    adoptJurisdiction(eventJurisdiction);
    record("rating[" + rating.year() + "]", source);
    return true;
  }

  public boolean applyDesignation(Designation designation, String eventJurisdiction, FactSource source) {
    Designation held = designations.get(Integer.toString(designation.year()));
    if (held != null && held.version() > designation.version()) {
      return false;
    }
    designations.put(Integer.toString(designation.year()), designation);
    adoptJurisdiction(eventJurisdiction);
    record("designation[" + designation.year() + "]", source);
    return true;
  }

  public boolean openCase(ArrearsCase arrearsCase, String eventJurisdiction, FactSource source) {
    if (findCase(arrearsCase.caseId()).isPresent()) {
      return false;
    }
    cases.add(arrearsCase);
    adoptJurisdiction(eventJurisdiction);
    record("case[" + arrearsCase.caseId() + "]", source);
    return true;
  }

  /** Settlement, a lapsed deferral or a closure: the unpaid amount now outstanding. */
  public boolean updateCase(String caseId, BigDecimal outstanding, Boolean open, LocalDate closedOn,
      String eventJurisdiction, FactSource source) {
    adoptJurisdiction(eventJurisdiction);
    ArrearsCase held = findCase(caseId).orElse(null);
    if (held == null) {
      // The opening was never seen (e.g. consumer started later): keep what this event says.
      held = new ArrearsCase(caseId, null, List.of(), outstanding, outstanding, 0, true, null);
      cases.add(held);
    }
    ArrearsCase updated = held.withOutstanding(outstanding != null ? outstanding : held.amountOutstanding(),
        open != null ? open : held.open(), closedOn != null ? closedOn : held.closedOn());
    cases.set(cases.indexOf(held), updated);
    record("case[" + caseId + "]", source);
    return true;
  }

  public boolean recordIncident(Incident incident, String eventJurisdiction, FactSource source) {
    if (incidents.stream().anyMatch(i -> i.incidentId().equals(incident.incidentId()))) {
      return false;
    }
    incidents.add(incident);
    adoptJurisdiction(eventJurisdiction);
    record("incident[" + incident.incidentId() + "]", source);
    return true;
  }

  public boolean recordThreshold(Threshold threshold, String eventJurisdiction, FactSource source) {
    thresholds.add(threshold);
    adoptJurisdiction(eventJurisdiction);
    record("threshold[" + threshold.asOf() + "]", source);
    return true;
  }

  private void adoptJurisdiction(String eventJurisdiction) {
    if (jurisdiction == null && eventJurisdiction != null) {
      jurisdiction = eventJurisdiction;
    }
  }

  private void record(String fact, FactSource source) {
    sources.removeIf(s -> s.fact().equals(fact));
    sources.add(new FactSource(fact, source.eventId(), source.type(), source.time()));
  }

  // ---- reading facts ----

  public Optional<ArrearsCase> findCase(String caseId) {
    return cases.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
  }

  public Optional<BigDecimal> annualPayroll(int year) {
    return Optional.ofNullable(annualPayroll.get(Integer.toString(year))).map(PayrollDeclaration::totalWages);
  }

  public Optional<BigDecimal> monthlyPayroll(YearMonth month) {
    return Optional.ofNullable(monthlyPayroll.get(month.toString())).map(PayrollDeclaration::totalWages);
  }

  /** The most recent rating of a year not after {@code year}. */
  public Optional<Rating> latestRating(int year) {
    return ratings.values().stream().filter(r -> r.year() <= year).max(java.util.Comparator.comparingInt(Rating::year));
  }

  public Optional<Designation> latestDesignation(int year) {
    return designations.values().stream().filter(d -> d.year() <= year)
        .max(java.util.Comparator.comparingInt(Designation::year));
  }

  public Optional<Rating> rating(int year) {
    return Optional.ofNullable(ratings.get(Integer.toString(year)));
  }

  /** Unpaid arrears of open cases (EW-8). */
  public BigDecimal unpaidArrears() {
    return cases.stream().filter(ArrearsCase::open).map(ArrearsCase::amountOutstanding)
        .filter(java.util.Objects::nonNull).reduce(Money.ZERO, BigDecimal::add);
  }

  /** Distinct wage months owed in cases that started on or after {@code since} (or are still open). */
  public TreeSet<YearMonth> arrearsMonths(LocalDate since, boolean openOnly) {
    TreeSet<YearMonth> months = new TreeSet<>();
    for (ArrearsCase c : cases) {
      boolean inWindow = c.open() || (c.arrearsStartDate() != null && !c.arrearsStartDate().isBefore(since));
      if (inWindow && (!openOnly || c.open())) {
        c.wageMonths().forEach(m -> months.add(YearMonth.parse(m)));
      }
    }
    return months;
  }

  public static int longestRun(TreeSet<YearMonth> months) {
    int best = 0;
    int run = 0;
    YearMonth previous = null;
    for (YearMonth m : months) {
      run = previous != null && previous.plusMonths(1).equals(m) ? run + 1 : 1;
      best = Math.max(best, run);
      previous = m;
    }
    return best;
  }

  public boolean statusWasEver(List<String> statuses) {
    return statusHistory.stream().anyMatch(s -> statuses.contains(s.status()));
  }

  public String creditCode() { return creditCode; }
  public String name() { return name; }
  public String jurisdiction() { return jurisdiction; }
  public String sector() { return sector; }
  public String premises() { return premises; }
  public Integer headcount() { return headcount; }
  public String status() { return status; }
  public long profileVersion() { return profileVersion; }
  public List<StatusChange> statusHistory() { return List.copyOf(statusHistory); }
  public Map<String, PayrollDeclaration> annualPayrolls() { return Map.copyOf(annualPayroll); }
  public Map<String, PayrollDeclaration> monthlyPayrolls() { return Map.copyOf(monthlyPayroll); }
  public Map<String, Rating> ratings() { return Map.copyOf(ratings); }
  public Map<String, Designation> designations() { return Map.copyOf(designations); }
  public List<ArrearsCase> cases() { return List.copyOf(cases); }
  public List<Incident> incidents() { return List.copyOf(incidents); }
  public List<Threshold> thresholds() { return List.copyOf(thresholds); }
  public List<FactSource> sources() { return List.copyOf(sources); }
}
