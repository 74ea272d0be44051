package io.wageguard.chassis.time;

import io.wageguard.chassis.rules.Violation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The calendar in force and where each of its years comes from. Immutable; a reload makes a new one.
 *
 * @param years   every official year with its version, ascending; any other year is provisional (weekends only)
 * @param refused the directory files refused by the last reading, each with every problem found
 * @param ignored valid directory files that were not used, with the reason (e.g. not later than the packaged year)
 */
public record CalendarSnapshot(WorkingDayCalendar calendar, SortedMap<Integer, YearVersion> years,
                               List<Refusal> refused, List<String> ignored, Map<Integer, YearCalendar> byYear) {

  /** A file refused as a whole; {@code sha256} is null when it could not even be read. */
  public record Refusal(String file, String sha256, List<Violation> violations) {
    public Refusal {
      violations = List.copyOf(violations);
    }
  }

  public CalendarSnapshot {
    years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
    refused = List.copyOf(refused);
    ignored = List.copyOf(ignored);
    byYear = Map.copyOf(byYear);
  }

  static CalendarSnapshot of(Map<Integer, YearCalendar> byYear, Map<Integer, YearVersion> versions,
      List<Refusal> refused, List<String> ignored) {
    return new CalendarSnapshot(WorkingDayCalendar.of(byYear.values()), new TreeMap<>(versions), refused, ignored,
        byYear);
  }

  /**
   * The combined version: every official year with the start of its file's hash, e.g.
   * {@code 2025:1a2b3c4d,2026:5e6f7a8b}. It changes whenever a year is added, superseded or removed.
   */
  public String version() {
    return years.values().stream().map(YearVersion::shortVersion).collect(Collectors.joining(","));
  }
}
