package io.wageguard.chassis.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Period arithmetic of RULES.md "Periods and dates" (P-1 to P-5) on the official {@link WorkingDayCalendar}.
 * Every result says which rules it applied and whether it relied on a provisional (non-official) year.
 */
public final class Periods {

  /** P-1: every business date is a date in this zone, whatever the JVM or the clock says. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Supplier<WorkingDayCalendar> calendar;

  /** Periods on one fixed calendar (tests, tools). */
  public Periods(WorkingDayCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    this.calendar = () -> calendar;
  }

  /**
   * Periods on whatever calendar is in force when asked: a service's bean follows the live calendar, so a
   * reloaded year applies to the next computation. Each computation reads the calendar once.
   */
  public Periods(Supplier<WorkingDayCalendar> calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** Periods on the State Council calendar packaged in the contracts module. */
  public static Periods official() {
    return new Periods(WorkingDayCalendar.loadOfficial());
  }

  /** The calendar in force now. */
  public WorkingDayCalendar calendar() {
    return calendar.get();
  }

  /** P-1: the business date of an instant. */
  public static LocalDate businessDate(Instant instant) {
    return LocalDate.ofInstant(instant, SHANGHAI);
  }

  /** P-1: today's business date; the clock's own zone is ignored on purpose. */
  public static LocalDate businessDate(Clock clock) {
    return businessDate(clock.instant());
  }

  /** P-2 then P-3: "within {@code n} days from {@code from}" ends at the end of from+n, rolled to a working day. */
  public Deadline withinDays(LocalDate from, int n) {
    requirePositive(n);
    return rollForward(from.plusDays(n), "P-2");
  }

  /** P-4: the {@code n}-th working day after {@code from}. It is a working day, so P-3 never applies. */
  public Deadline withinWorkingDays(LocalDate from, int n) {
    requirePositive(n);
    WorkingDayCalendar days = calendar.get();
    LocalDate end = days.plusWorkingDays(from, n);
    // Every day after "from" up to the end was classified.
    boolean provisional = !days.covers(from.plusDays(1), end);
    return new Deadline(end, List.of("P-4"), provisional, end);
  }

  /** P-5 then P-3: same day-of-month {@code n} months later (or that month's last day), rolled to a working day. */
  public Deadline withinMonths(LocalDate from, int n) {
    requirePositive(n);
    // LocalDate.plusMonths already clamps to the last valid day of the month, which is what P-5 says.
    return rollForward(from.plusMonths(n), "P-5");
  }

  private Deadline rollForward(LocalDate nominal, String countingRule) {
    WorkingDayCalendar days = calendar.get();
    LocalDate end = days.nextWorkingDayOnOrAfter(nominal);
    List<String> rules = end.equals(nominal) ? List.of(countingRule) : List.of(countingRule, "P-3");
    // The days examined are nominal..end: only they decided where the period ends.
    return new Deadline(end, rules, !days.covers(nominal, end), nominal);
  }

  private static void requirePositive(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a period must be at least 1 long: " + n);
    }
  }
}
