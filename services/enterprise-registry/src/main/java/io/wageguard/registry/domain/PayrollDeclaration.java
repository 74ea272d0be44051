package io.wageguard.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Total wages of the employees on the payroll for a year ("2025") or a month ("2026-03"), in yuan with fen
 * (M-1). A later declaration of the same period corrects an earlier one from its effective date on.
 */
public record PayrollDeclaration(PayrollKind kind, String period, BigDecimal totalWages, LocalDate effectiveDate,
    Instant declaredAt, long version) {

  public String key() {
    return kind + "/" + period;
  }
}
