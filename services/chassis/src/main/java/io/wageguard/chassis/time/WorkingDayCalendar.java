package io.wageguard.chassis.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The official working-day calendar of the PRC (RULES.md P-3, P-4): weekends and the State Council's holiday
 * ranges are rest days, its make-up days (调休上班日) are working days. Immutable; the data is read once.
 *
 * <p>For a year with no official file the answer is <em>provisional</em>: weekends are rest days, there are no
 * holidays. Callers find out with {@link #covers(LocalDate)}; {@link Periods} does it for them.
 *
 * <p>Years come from the contracts jar and, at run time, from an operator's directory ({@link CalendarCatalog});
 * a reload makes a new instance, never changes one.
 */
public final class WorkingDayCalendar {

  /** Classpath folder the contracts module packages {@code contracts/reference/calendar/} into. */
  public static final String RESOURCE_DIR = "wageguard/contracts/reference/calendar/";

  private final Map<Integer, YearCalendar> years;

  private WorkingDayCalendar(Map<Integer, YearCalendar> years) {
    this.years = Map.copyOf(years);
  }

  /** Reads every year listed in {@code index.json}; fails if the index or a listed file is missing or invalid. */
  public static WorkingDayCalendar loadOfficial() {
    return load(WorkingDayCalendar.class.getClassLoader());
  }

  static WorkingDayCalendar load(ClassLoader classLoader) {
    // Each packaged file passes the same checks as an operator's file (CalendarFileCheck).
    return of(CalendarSources.packaged(classLoader).stream().map(CalendarFileCheck.Result::calendar).toList());
  }

  /** A calendar from explicit years (tests, or a service holding its own copy). Duplicate years are refused. */
  public static WorkingDayCalendar of(Collection<YearCalendar> calendars) {
    Map<Integer, YearCalendar> byYear = new HashMap<>();
    for (YearCalendar c : calendars) {
      if (byYear.putIfAbsent(c.year(), c) != null) {
        throw new IllegalArgumentException("year " + c.year() + " given twice");
      }
    }
    return new WorkingDayCalendar(byYear);
  }

  /** Parses one {@code YYYY.json} document; {@code file} only names it in errors. */
  static YearCalendar parse(JsonNode node, String file) {
    try {
      List<YearCalendar.Holiday> holidays = new ArrayList<>();
      for (JsonNode h : array(node, "holidays")) {
        holidays.add(new YearCalendar.Holiday(text(h, "name"), text(h, "nameZh"),
            date(h, "from"), date(h, "to")));
      }
      List<YearCalendar.MakeupWorkday> makeups = new ArrayList<>();
      for (JsonNode m : array(node, "makeupWorkdays")) {
        makeups.add(new YearCalendar.MakeupWorkday(date(m, "date"), text(m, "for")));
      }
      return new YearCalendar(node.required("year").intValue(), text(node, "source"),
          date(node, "published"), holidays, makeups);
    } catch (RuntimeException e) {
      throw new IllegalStateException("invalid calendar file " + file + ": " + e.getMessage(), e);
    }
  }

  public boolean isWorkingDay(LocalDate date) {
    YearCalendar official = years.get(date.getYear());
    if (official != null) {
      if (official.isMakeupWorkday(date)) {
        return true;
      }
      if (official.isHoliday(date)) {
        return false;
      }
    }
    return !YearCalendar.isWeekend(date);
  }

  public boolean isRestDayOrHoliday(LocalDate date) {
    return !isWorkingDay(date);
  }

  /** True if the State Council's notice for {@code year} is loaded; otherwise answers for that year are provisional. */
  public boolean isOfficial(int year) {
    return years.containsKey(year);
  }

  public boolean covers(LocalDate date) {
    return isOfficial(date.getYear());
  }

  /** True if every day of {@code from..to} (inclusive) is in an official year. */
  public boolean covers(LocalDate from, LocalDate to) {
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (!isOfficial(y)) {
        return false;
      }
    }
    return true;
  }

  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** P-4: the {@code n}-th working day after {@code start}; {@code start} itself is not counted. */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    LocalDate d = start;
    for (int counted = 0; counted < n; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** The years with an official file, ascending. */
  public Set<Integer> officialYears() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
  }

  /** The official data for {@code year}, if loaded. */
  public Optional<YearCalendar> year(int year) {
    return Optional.ofNullable(years.get(year));
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar" + officialYears();
  }

  private static Collection<JsonNode> array(JsonNode node, String field) {
    JsonNode array = node.required(field);
    if (!array.isArray()) {
      throw new IllegalArgumentException("'" + field + "' must be an array");
    }
    return array.values();
  }

  private static String text(JsonNode node, String field) {
    return node.required(field).stringValue();
  }

  private static LocalDate date(JsonNode node, String field) {
    return LocalDate.parse(text(node, field));
  }
}
