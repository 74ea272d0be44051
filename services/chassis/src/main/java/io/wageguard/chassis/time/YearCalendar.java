package io.wageguard.chassis.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One year of the State Council's holiday notice (RULES.md P-4), as read from
 * {@code contracts/reference/calendar/YYYY.json}. Validated on construction so a bad file fails at start-up,
 * not in the middle of a deadline computation.
 */
public record YearCalendar(int year, String source, LocalDate published,
                           List<Holiday> holidays, List<MakeupWorkday> makeupWorkdays) {

  /** A closure range as announced, both ends inclusive, weekend days included. */
  public record Holiday(String name, String nameZh, LocalDate from, LocalDate to) {
    public Holiday {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(nameZh, "nameZh");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("holiday " + nameZh + " ends before it starts: " + from + ".." + to);
      }
    }

    public boolean contains(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /** A weekend day announced as a working day (调休上班日); {@code forHoliday} is the {@code "for"} field. */
  public record MakeupWorkday(LocalDate date, String forHoliday) {
    public MakeupWorkday {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(forHoliday, "forHoliday");
    }
  }

  public YearCalendar {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    holidays = List.copyOf(holidays);
    makeupWorkdays = List.copyOf(makeupWorkdays);
    for (Holiday h : holidays) {
      if (h.from().getYear() != year || h.to().getYear() != year) {
        throw new IllegalArgumentException(year + ": holiday " + h.nameZh() + " is outside the year: "
            + h.from() + ".." + h.to());
      }
    }
    for (MakeupWorkday m : makeupWorkdays) {
      if (m.date().getYear() != year) {
        throw new IllegalArgumentException(year + ": make-up workday outside the year: " + m.date());
      }
      // A make-up day on a weekday, or inside a closure, would mean the file was copied wrongly.
      if (!isWeekend(m.date())) {
        throw new IllegalArgumentException(year + ": make-up workday is not a weekend day: " + m.date());
      }
      if (holidays.stream().anyMatch(h -> h.contains(m.date()))) {
        throw new IllegalArgumentException(year + ": make-up workday lies inside a holiday: " + m.date());
      }
    }
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.stream().anyMatch(h -> h.contains(date));
  }

  public boolean isMakeupWorkday(LocalDate date) {
    return makeupWorkdays.stream().anyMatch(m -> m.date().equals(date));
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }
}
