package io.wageguard.chassis.calendar;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working-day calendar in force changed (a Spring application event, published by {@link LiveCalendar}):
 * {@code years} were added, superseded or removed. Deadlines computed as provisional for one of them may now
 * have an official answer; services recompute those they store.
 *
 * @param version the combined calendar version now in force
 * @param startUp true for the reading at start-up: it names every official year, so that deadlines stored
 *                while the service was down, or before a year file was dropped in, are caught up
 */
public record CalendarChanged(SortedSet<Integer> years, String version, boolean startUp) {

  public CalendarChanged {
    years = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(years));
  }

  public static CalendarChanged of(Set<Integer> years, String version, boolean startUp) {
    return new CalendarChanged(new TreeSet<>(years), version, startUp);
  }

  /** True if any day of {@code fromYear..toYear} (inclusive) lies in a year that changed. */
  public boolean touches(int fromYear, int toYear) {
    return !years.subSet(fromYear, toYear + 1).isEmpty();
  }
}
