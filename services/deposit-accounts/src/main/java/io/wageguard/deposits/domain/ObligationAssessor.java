package io.wageguard.deposits.domain;

import io.wageguard.deposits.domain.Assessment.Exemption;
import io.wageguard.deposits.domain.EnterpriseFacts.ArrearsCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Who must deposit, how much, or why not: TC-3, TC-4, TC-6 (lump sum) and HT-1, HT-2 (monthly). Pure. */
public final class ObligationAssessor {

  private ObligationAssessor() {}

  public static Assessment assess(EnterpriseFacts f, Optional<Policy> inForce, LocalDate asOf) {
    Map<String, String> used = new LinkedHashMap<>();
    used.put("jurisdiction", String.valueOf(f.jurisdiction()));
    if (inForce.isEmpty()) {
      return new Assessment(0, Outcome.NO_POLICY, null, List.of(), null, List.of(), null, used, List.of(),
          List.of(), asOf, null);
    }
    Policy policy = inForce.get();
    return policy.isLumpSum() ? lumpSum(f, policy, asOf, used) : monthly(f, policy, asOf, used);
  }

  // ---- Taicang: TC-3 (who), TC-6 (exemption), TC-4 (amount) ----

  private static Assessment lumpSum(EnterpriseFacts f, Policy policy, LocalDate asOf, Map<String, String> used) {
    Policy.LumpSum p = policy.lumpSum();
    LocalDate since = asOf.minusYears(policy.common().lookbackYears());
    used.put("lookbackFrom", since.toString());
    List<String> clauses = new ArrayList<>();
    List<String> missing = new ArrayList<>();

    List<ArrearsCase> recent = recentCases(f, since);
    used.put("arrearsCases", Integer.toString(recent.size()));
    if (!recent.isEmpty()) {
      clauses.add("TC-3a");
    }
    long petitions = f.incidents().stream()
        .filter(i -> p.petitionIncidentKinds().contains(i.kind()) && !i.occurredOn().isBefore(since)).count();
    used.put("collectivePetitions", Long.toString(petitions));
    if (petitions > 0) {
      clauses.add("TC-3b");
    }
    if (arrearsMonthsReached(f, policy, since, used)) {
      clauses.add("TC-3c");
    }
    used.put("premises", String.valueOf(f.premises()));
    if (f.premises() == null) {
      missing.add("premises");
    } else if ("LEASED".equals(f.premises())) {
      clauses.add("TC-3d");
    }
    used.put("status", String.valueOf(f.status()));
    if (clauses.isEmpty()) {
      return new Assessment(0, Outcome.NOT_REQUIRED, policy.ref(), List.of(), null, List.of(), null, used, missing,
          List.of("TC-3"), asOf, null);
    }

    // TC-6: the most recent rating and designation known on the assessment date.
    Optional<EnterpriseFacts.Rating> rating = f.latestRating(asOf.getYear());
    Optional<EnterpriseFacts.Designation> designation = f.latestDesignation(asOf.getYear());
    rating.ifPresent(r -> used.put("rating[" + r.year() + "]", r.grade()));
    designation.ifPresent(d -> used.put("designation[" + d.year() + "]", Boolean.toString(d.harmonious())));
    boolean gradeA = rating.map(r -> p.exemptGrade().equals(r.grade())).orElse(false);
    boolean harmonious = designation.map(EnterpriseFacts.Designation::harmonious).orElse(false);
    boolean exempt = p.exemption() == Policy.ExemptionReading.ALL ? gradeA && harmonious : gradeA || harmonious;
    used.put("exemptionReading", p.exemption().name());
    if (exempt) {
      Exemption exemption = new Exemption("TC-6", p.exemption().name(),
          rating.map(EnterpriseFacts.Rating::grade).orElse(null), rating.map(EnterpriseFacts.Rating::year).orElse(null),
          designation.map(EnterpriseFacts.Designation::harmonious).orElse(null),
          designation.map(EnterpriseFacts.Designation::year).orElse(null));
      return new Assessment(0, Outcome.EXEMPT, policy.ref(), clauses, null, List.of(), exemption, used, missing,
          with(clauses, "TC-6"), asOf, null);
    }

    int lastYear = asOf.getYear() - 1;
    Optional<BigDecimal> payroll = f.annualPayroll(lastYear);
    used.put("annualPayroll[" + lastYear + "]", payroll.map(Money::format).orElse(null));
    used.put("rate", p.rate().toPlainString());
    BigDecimal amount = payroll.map(w -> Money.percentUp(p.rate(), w)).orElse(null);
    if (amount == null) {
      missing.add("annualPayroll[" + lastYear + "]");
    }
    return new Assessment(0, Outcome.REQUIRED, policy.ref(), clauses, amount, List.of(), null, used, missing,
        with(clauses, "TC-4", "M-1"), asOf, null);
  }

  // ---- High-tech Zone: HT-1 (who), HT-2 (cap) ----

  private static Assessment monthly(EnterpriseFacts f, Policy policy, LocalDate asOf, Map<String, String> used) {
    Policy.Monthly p = policy.monthly();
    LocalDate since = asOf.minusYears(policy.common().lookbackYears());
    List<String> clauses = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    used.put("sector", String.valueOf(f.sector()));
    used.put("premises", String.valueOf(f.premises()));
    used.put("headcount", String.valueOf(f.headcount()));
    if (f.sector() == null || f.headcount() == null) {
      missing.add(f.sector() == null ? "sector" : "headcount");
    }
    if (ht1a(f, p)) {
      clauses.add("HT-1a");
    }
    if (ht1b(f, p)) {
      clauses.add("HT-1b");
    }
    used.put("lookbackFrom", since.toString());
    List<ArrearsCase> recent = recentCases(f, since);
    used.put("arrearsCases", Integer.toString(recent.size()));
    if (!recent.isEmpty()) {
      clauses.add("HT-1c");
    }
    used.put("status", String.valueOf(f.status()));
    if (clauses.isEmpty()) {
      return new Assessment(0, Outcome.NOT_REQUIRED, policy.ref(), List.of(), null, List.of(), null, used, missing,
          List.of("HT-1"), asOf, null);
    }
    int lastYear = asOf.getYear() - 1;
    Optional<BigDecimal> payroll = f.annualPayroll(lastYear);
    used.put("annualPayroll[" + lastYear + "]", payroll.map(Money::format).orElse(null));
    used.put("capRate", p.capRate().toPlainString());
    used.put("monthlyRate", p.monthlyRate().toPlainString());
    BigDecimal cap = payroll.map(w -> Money.percentUp(p.capRate(), w)).orElse(null);
    if (cap == null) {
      missing.add("annualPayroll[" + lastYear + "]");
    }
    return new Assessment(0, Outcome.REQUIRED, policy.ref(), clauses, cap, List.of(), null, used, missing,
        with(clauses, "HT-2", "M-1"), asOf, null);
  }

  /** HT-1a: production, leased premises, headcount within [min, max] both inclusive (P-6). */
  public static boolean ht1a(EnterpriseFacts f, Policy.Monthly p) {
    return f.sector() != null && p.productionSectors().contains(f.sector()) && "LEASED".equals(f.premises())
        && f.headcount() != null && f.headcount() >= p.productionHeadcountMin()
        && f.headcount() <= p.productionHeadcountMax();
  }

  /** HT-1b: service sectors such as catering, headcount at least min (P-6). */
  public static boolean ht1b(EnterpriseFacts f, Policy.Monthly p) {
    return f.sector() != null && p.serviceSectors().contains(f.sector()) && f.headcount() != null
        && f.headcount() >= p.serviceHeadcountMin();
  }

  private static List<ArrearsCase> recentCases(EnterpriseFacts f, LocalDate since) {
    return f.cases().stream()
        .filter(c -> c.open() || (c.arrearsStartDate() != null && !c.arrearsStartDate().isBefore(since)))
        .toList();
  }

  /** TC-3c: arrears of N months or more in a row, or M months in total (P-6: N and M count). */
  static boolean arrearsMonthsReached(EnterpriseFacts f, Policy policy, LocalDate since, Map<String, String> used) {
    TreeSet<YearMonth> months = f.arrearsMonths(since, false);
    int inRow = EnterpriseFacts.longestRun(months);
    int total = months.size();
    for (EnterpriseFacts.Threshold t : f.thresholds()) {
      if (t.asOf() != null && !t.asOf().isBefore(since)) {
        inRow = Math.max(inRow, t.monthsInRow());
        total = Math.max(total, t.monthsInTotal());
      }
    }
    used.put("arrearsMonthsInRow", Integer.toString(inRow));
    used.put("arrearsMonthsInTotal", Integer.toString(total));
    return inRow >= policy.common().arrearsMonthsInRow() || total >= policy.common().arrearsMonthsInTotal();
  }

  private static List<String> with(List<String> clauses, String... more) {
    LinkedHashSet<String> all = new LinkedHashSet<>(clauses);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
