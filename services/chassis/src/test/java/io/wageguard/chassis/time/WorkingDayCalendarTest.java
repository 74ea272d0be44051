package io.wageguard.chassis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private static final WorkingDayCalendar OFFICIAL = WorkingDayCalendar.loadOfficial();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void loadsEveryOfficialYearAndNoOther() {
    assertThat(OFFICIAL.officialYears()).containsExactly(2025, 2026);
    assertThat(OFFICIAL.isOfficial(2027)).isFalse();
    assertThat(OFFICIAL.covers(d("2026-12-31"))).isTrue();
    assertThat(OFFICIAL.covers(d("2027-01-01"))).isFalse();
    assertThat(OFFICIAL.covers(d("2025-06-01"), d("2026-06-01"))).isTrue();
    assertThat(OFFICIAL.covers(d("2026-06-01"), d("2027-01-01"))).isFalse();
  }

  @Test
  void P4_holidayRangesIncludingTheirWeekendsAreRestDays() {
    assertThat(OFFICIAL.isRestDayOrHoliday(d("2026-10-01"))).isTrue(); // Thu, National Day
    assertThat(OFFICIAL.isRestDayOrHoliday(d("2026-02-23"))).isTrue(); // Mon, last day of Spring Festival
    assertThat(OFFICIAL.isRestDayOrHoliday(d("2026-02-15"))).isTrue(); // Sun inside the range
    assertThat(OFFICIAL.isWorkingDay(d("2026-02-24"))).isTrue();
  }

  @Test
  void P4_makeupWorkdaysAreWorkingDaysAndPlainWeekendsAreNot() {
    assertThat(OFFICIAL.isWorkingDay(d("2026-01-04"))).isTrue(); // Sun make-up for New Year
    assertThat(OFFICIAL.isWorkingDay(d("2025-10-11"))).isTrue(); // Sat make-up, 2025
    assertThat(OFFICIAL.isWorkingDay(d("2026-03-07"))).isFalse(); // plain Saturday
    assertThat(OFFICIAL.isWorkingDay(d("2026-03-09"))).isTrue(); // plain Monday
  }

  @Test
  void P4_plusWorkingDaysDoesNotCountStartAndSkipsHolidays() {
    // Labour Day 2026: closure 05-01..05-05, Sat 05-09 is a make-up day.
    // From Thu 04-30: 05-06, 05-07, 05-08, 05-09 (make-up), 05-11.
    assertThat(OFFICIAL.plusWorkingDays(d("2026-04-30"), 5)).isEqualTo(d("2026-05-11"));
    assertThat(OFFICIAL.nextWorkingDayOnOrAfter(d("2026-05-01"))).isEqualTo(d("2026-05-06"));
    assertThat(OFFICIAL.nextWorkingDayOnOrAfter(d("2026-05-06"))).isEqualTo(d("2026-05-06"));
    assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(d("2026-04-30"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearWithoutFileFallsBackToWeekendsOnlyAndSaysSo() {
    WorkingDayCalendar none = WorkingDayCalendar.of(List.of());
    assertThat(none.officialYears()).isEmpty();
    assertThat(none.covers(d("2026-10-01"))).isFalse();
    assertThat(none.isWorkingDay(d("2026-10-01"))).isTrue(); // Thu: only a provisional answer
    assertThat(none.isWorkingDay(d("2026-10-03"))).isFalse(); // Sat
    assertThat(new Periods(none).withinDays(d("2026-09-28"), 5))
        .isEqualTo(new Deadline(d("2026-10-05"), List.of("P-2", "P-3"), true, d("2026-10-03")));
  }

  @Test
  void ofRefusesTheSameYearTwice() {
    YearCalendar year = OFFICIAL.year(2026).orElseThrow();
    assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(year, year)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
