package io.wageguard.chassis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RULES.md P-1..P-5 on the official 2025/2026 calendars. Each expected date is checked against the notice. */
class PeriodsTest {

  private static final Periods PERIODS = Periods.official();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void P1_businessDateIsShanghaiDateWhateverTheClockZone() {
    // 2026-03-01T16:30Z is already 2026-03-02 00:30 in Shanghai.
    Instant instant = Instant.parse("2026-03-01T16:30:00Z");
    assertThat(Periods.businessDate(instant)).isEqualTo(d("2026-03-02"));
    assertThat(Periods.businessDate(Clock.fixed(instant, ZoneOffset.UTC))).isEqualTo(d("2026-03-02"));
    assertThat(Periods.SHANGHAI.getId()).isEqualTo("Asia/Shanghai");
  }

  @Test
  void P2_periodDoesNotCountStartDay() {
    // Within 3 days from Mon 03-02 ends at the end of Thu 03-05, not Wed 03-04.
    Deadline deadline = PERIODS.withinDays(d("2026-03-02"), 3);
    assertThat(deadline).isEqualTo(new Deadline(d("2026-03-05"), List.of("P-2"), false, d("2026-03-05")));
    assertThat(deadline.rolled()).isFalse();
  }

  @Test
  void P3_TC2_endInNationalDayRollsToFirstWorkingDayAfter() {
    // Mon 09-28 + 5 = Sat 10-03, inside the 10-01..10-07 closure; Thu 10-08 is the next working day.
    Deadline deadline = PERIODS.withinDays(d("2026-09-28"), 5);
    assertThat(deadline.nominalDate()).isEqualTo(d("2026-10-03"));
    assertThat(deadline.date()).isEqualTo(d("2026-10-08"));
    assertThat(deadline.ruleIds()).containsExactly("P-2", "P-3");
    assertThat(deadline.provisional()).isFalse();
    assertThat(deadline.rolled()).isTrue();
  }

  @Test
  void P3_endOnSundayMakeupWorkdayDoesNotRoll() {
    // Tue 09-15 + 5 = Sun 09-20, a make-up working day for National Day.
    Deadline deadline = PERIODS.withinDays(d("2026-09-15"), 5);
    assertThat(deadline).isEqualTo(new Deadline(d("2026-09-20"), List.of("P-2"), false, d("2026-09-20")));
  }

  @Test
  void P3_endInSpringFestivalRollsPastTheWholeClosure() {
    // Tue 02-10 + 5 = Sun 02-15, first day of 02-15..02-23; Tue 02-24 is the next working day.
    Deadline deadline = PERIODS.withinDays(d("2026-02-10"), 5);
    assertThat(deadline.nominalDate()).isEqualTo(d("2026-02-15"));
    assertThat(deadline.date()).isEqualTo(d("2026-02-24"));
    assertThat(deadline.ruleIds()).containsExactly("P-2", "P-3");
  }

  @Test
  void P3_endOnSaturdayMakeupWorkdayDoesNotRoll() {
    // Mon 02-09 + 5 = Sat 02-14, a make-up working day for the Spring Festival.
    Deadline deadline = PERIODS.withinDays(d("2026-02-09"), 5);
    assertThat(deadline).isEqualTo(new Deadline(d("2026-02-14"), List.of("P-2"), false, d("2026-02-14")));
  }

  @Test
  void P3_ordinaryWeekendRollsToMonday() {
    // Mon 11-16 + 5 = Sat 11-21 -> Mon 11-23.
    Deadline deadline = PERIODS.withinDays(d("2026-11-16"), 5);
    assertThat(deadline).isEqualTo(new Deadline(d("2026-11-23"), List.of("P-2", "P-3"), false, d("2026-11-21")));
  }

  @Test
  void P3_year2025NationalDayAndMidAutumn() {
    // Mon 2025-09-29 + 5 = Sat 10-04, inside 10-01..10-08; Thu 10-09 is the next working day.
    Deadline deadline = PERIODS.withinDays(d("2025-09-29"), 5);
    assertThat(deadline).isEqualTo(new Deadline(d("2025-10-09"), List.of("P-2", "P-3"), false, d("2025-10-04")));
  }

  @Test
  void P3_TC2b_thirtyDayDeferralIntoSpringFestival() {
    // 01-20 + 30 = Thu 02-19, inside 02-15..02-23 -> Tue 02-24.
    Deadline deadline = PERIODS.withinDays(d("2026-01-20"), 30);
    assertThat(deadline).isEqualTo(new Deadline(d("2026-02-24"), List.of("P-2", "P-3"), false, d("2026-02-19")));
  }

  @Test
  void P4_workingDaysSkipNationalDayAndCountMakeupDay() {
    // From Fri 09-25 (itself a holiday, not counted): 09-28,29,30 (3), closure 10-01..07,
    // 10-08,09 (5), Sat 10-10 make-up (6), 10-12..15 (10). Without the make-up day it would be 10-16.
    Deadline deadline = PERIODS.withinWorkingDays(d("2026-09-25"), 10);
    assertThat(deadline).isEqualTo(new Deadline(d("2026-10-15"), List.of("P-4"), false, d("2026-10-15")));
  }

  @Test
  void P4_startDayIsNotCounted() {
    // Mon 2026-03-02: the 1st working day after it is Tue 03-03; from Fri 03-06 it is Mon 03-09.
    assertThat(PERIODS.withinWorkingDays(d("2026-03-02"), 1).date()).isEqualTo(d("2026-03-03"));
    assertThat(PERIODS.withinWorkingDays(d("2026-03-06"), 1).date()).isEqualTo(d("2026-03-09"));
  }

  @Test
  void P5_monthEndClampsToLastDayAndSaturdayMakeupDayDoesNotRoll() {
    // 01-31 + 1 month: no 02-31, so Sat 02-28, which is a make-up working day.
    assertThat(PERIODS.withinMonths(d("2026-01-31"), 1))
        .isEqualTo(new Deadline(d("2026-02-28"), List.of("P-5"), false, d("2026-02-28")));
    // Across the year boundary: 2025-12-31 + 2 months -> 2026-02-28.
    assertThat(PERIODS.withinMonths(d("2025-12-31"), 2))
        .isEqualTo(new Deadline(d("2026-02-28"), List.of("P-5"), false, d("2026-02-28")));
  }

  @Test
  void P5_thenP3WhenSameDayOfMonthIsAHoliday() {
    // 2026-09-01 + 1 month = Thu 10-01 (National Day) -> Thu 10-08.
    assertThat(PERIODS.withinMonths(d("2026-09-01"), 1))
        .isEqualTo(new Deadline(d("2026-10-08"), List.of("P-5", "P-3"), false, d("2026-10-01")));
  }

  @Test
  void provisional_whenAnExaminedDayIsInAYearWithoutOfficialCalendar() {
    // 2026-12-30 + 5 = Mon 2027-01-04: 2027 is unknown, weekends-only guess, flagged.
    Deadline days = PERIODS.withinDays(d("2026-12-30"), 5);
    assertThat(days.date()).isEqualTo(d("2027-01-04"));
    assertThat(days.provisional()).isTrue();

    assertThat(PERIODS.withinWorkingDays(d("2026-12-28"), 5).provisional()).isTrue();
    assertThat(PERIODS.withinMonths(d("2026-12-15"), 1).provisional()).isTrue();
    // A period entirely in official years is not provisional, even one ending on 12-31.
    assertThat(PERIODS.withinDays(d("2026-12-26"), 5).provisional()).isFalse();
  }

  @Test
  void nonPositivePeriodsAreRefused() {
    assertThatThrownBy(() -> PERIODS.withinDays(d("2026-03-02"), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PERIODS.withinWorkingDays(d("2026-03-02"), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PERIODS.withinMonths(d("2026-03-02"), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPeriodsOnTheLiveCalendarAnswersWithTheCalendarInForce() {
    var inForce = new java.util.concurrent.atomic.AtomicReference<>(WorkingDayCalendar.of(List.of()));
    Periods live = new Periods(inForce::get);
    // Mon 2026-12-28 + 5 days = Sat 2027-01-02: provisional (weekends only) rolls it to Mon 2027-01-04.
    assertThat(live.withinDays(d("2026-12-28"), 5)).isEqualTo(
        new Deadline(d("2027-01-04"), List.of("P-2", "P-3"), true, d("2027-01-02")));

    var fictional2027 = CalendarFileCheck.check("2027.json",
        io.wageguard.testsupport.FictionalCalendar.year2027().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    inForce.set(WorkingDayCalendar.of(List.of(fictional2027.calendar())));
    assertThat(live.withinDays(d("2026-12-28"), 5)).isEqualTo(
        new Deadline(d("2027-01-06"), List.of("P-2", "P-3"), false, d("2027-01-02")));
  }
}
