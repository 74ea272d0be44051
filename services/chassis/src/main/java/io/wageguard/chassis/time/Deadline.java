package io.wageguard.chassis.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The last day of a period: it ends at the end of {@code date} (Asia/Shanghai).
 *
 * @param date        the last day, after any P-3 roll
 * @param ruleIds     the RULES.md rules applied, in order, e.g. {@code ["P-2", "P-3"]}
 * @param provisional true if a day examined lies in a year with no official calendar (weekends-only guess)
 * @param nominalDate the last day before P-3 rolling; equals {@code date} when nothing was rolled
 */
public record Deadline(LocalDate date, List<String> ruleIds, boolean provisional, LocalDate nominalDate) {

  public Deadline {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nominalDate, "nominalDate");
    ruleIds = List.copyOf(ruleIds);
  }

  /** True if P-3 moved the end off a rest day or holiday. */
  public boolean rolled() {
    return !date.equals(nominalDate);
  }
}
