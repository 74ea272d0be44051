package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One version of a jurisdiction's deposit policy: parameters, not code. Taicang uses the lump-sum rules
 * (TC-3..TC-7), the High-tech Zone the monthly rules (HT-1..HT-7).
 */
public record Policy(String id, int version, String jurisdiction, String name, LocalDate effectiveFrom,
                     Family family, Common common, LumpSum lumpSum, Monthly monthly) {

  public enum Family { LUMP_SUM, MONTHLY }

  /** TC-6 reading: either rating exempts (ANY) or both are needed (ALL). */
  public enum ExemptionReading { ANY, ALL }

  public record Common(int lookbackYears, int arrearsMonthsInRow, int arrearsMonthsInTotal) {}

  public record LumpSum(BigDecimal rate, int depositWithinMonths, int topUpWithinDays,
                        List<String> petitionIncidentKinds, ExemptionReading exemption, String exemptGrade,
                        BigDecimal minimumWage, int insolvencyMinMonths, int insolvencyMaxMonths,
                        List<String> insolvencyStatuses) {
    public LumpSum withExemption(ExemptionReading reading) {
      return new LumpSum(rate, depositWithinMonths, topUpWithinDays, petitionIncidentKinds, reading, exemptGrade,
          minimumWage, insolvencyMinMonths, insolvencyMaxMonths, insolvencyStatuses);
    }
  }

  /** {@code contributionDueDay}: 0 means the month's last day (the HT-2 reading), else a day number. */
  public record Monthly(BigDecimal monthlyRate, BigDecimal capRate, int contributionDueDay,
                        int accountWithinWorkingDays, List<String> productionSectors, int productionHeadcountMin,
                        int productionHeadcountMax, List<String> serviceSectors, int serviceHeadcountMin,
                        int drawdownMinArrearsMonths, List<String> directPayoutIncidentKinds,
                        int refundGradeAYearsInRow, List<String> refundDeregisteredAfter) {}

  public Policy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(common, "common");
    if (version < 1) {
      throw new IllegalArgumentException(id + ": version must be >= 1");
    }
    if (family == Family.LUMP_SUM && lumpSum == null) {
      throw new IllegalArgumentException(id + ": a LUMP_SUM policy needs lumpSum parameters");
    }
    if (family == Family.MONTHLY && monthly == null) {
      throw new IllegalArgumentException(id + ": a MONTHLY policy needs monthly parameters");
    }
  }

  public PolicyRef ref() {
    return new PolicyRef(id, version);
  }

  public boolean isLumpSum() {
    return family == Family.LUMP_SUM;
  }
}
