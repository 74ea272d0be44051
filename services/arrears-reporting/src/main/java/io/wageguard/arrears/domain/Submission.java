package io.wageguard.arrears.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A valid submission; {@code jurisdiction} is the one that applies (the registry's when it knows the enterprise). */
public record Submission(String submissionId, String creditCode, LocalDate arrearsStartDate, List<YearMonth> wageMonths,
                         BigDecimal amountOwed, int workersAffected, ReporterRole reporterRole, String reporter,
                         String reference, String jurisdiction, String enterpriseName) {

  public Submission {
    wageMonths = List.copyOf(wageMonths);
  }
}
