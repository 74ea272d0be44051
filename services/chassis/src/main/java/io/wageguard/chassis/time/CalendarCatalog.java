package io.wageguard.chassis.time;

import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.time.CalendarSnapshot.Refusal;
import io.wageguard.chassis.time.YearVersion.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which year files make up the calendar (pure; {@link CalendarSources} reads the files):
 * <ul>
 *   <li>every packaged year (contracts jar) is official;</li>
 *   <li>a valid directory file adds its year, or supersedes a packaged year only if its notice is published later
 *       (a correction); otherwise it is ignored and the packaged year stays;</li>
 *   <li>an invalid directory file is refused as a whole: its year keeps the version it had (if any);</li>
 *   <li>a directory that cannot be read keeps every directory year it had.</li>
 * </ul>
 * The result says what changed against the previous calendar: years added, superseded or removed, and new refusals.
 */
public final class CalendarCatalog {

  private CalendarCatalog() {}

  public enum Kind { ADDED, SUPERSEDED, REMOVED, REFUSED }

  /**
   * One change of the calendar in force; {@code before}/{@code after} are the year's versions (null when absent),
   * {@code violations} are a refusal's problems.
   */
  public record Change(Kind kind, int year, String file, YearVersion before, YearVersion after, String detail,
                       List<Violation> violations) {
    public Change {
      violations = List.copyOf(violations);
    }
  }

  /** A new snapshot and what it changed; {@code notes} are decisions worth a log line (supersedes, ignores). */
  public record Reading(CalendarSnapshot snapshot, List<Change> changes, List<String> notes) {
    public Reading {
      changes = List.copyOf(changes);
      notes = List.copyOf(notes);
    }

    /** The years whose official data was added, superseded or removed. */
    public Set<Integer> changedYears() {
      Set<Integer> years = new TreeSet<>();
      changes.stream().filter(c -> c.kind() != Kind.REFUSED).forEach(c -> years.add(c.year()));
      return years;
    }
  }

  /**
   * @param previous       the calendar in force, or null at start-up (then the packaged years are the baseline)
   * @param packaged       the packaged years, all valid
   * @param directory      the directory's files as checked (empty when no directory is configured)
   * @param directoryError why the directory could not be read, or null
   */
  public static Reading read(CalendarSnapshot previous, List<CalendarFileCheck.Result> packaged,
      List<CalendarFileCheck.Result> directory, Violation directoryError) {
    Map<Integer, YearCalendar> calendars = new HashMap<>();
    Map<Integer, YearVersion> versions = new HashMap<>();
    for (CalendarFileCheck.Result p : packaged) {
      if (!p.valid()) {
        throw new IllegalStateException("packaged calendar file is invalid: " + p.violations());
      }
      calendars.put(p.calendar().year(), p.calendar());
      versions.put(p.calendar().year(), YearVersion.of(p, Origin.PACKAGED));
    }
    Map<Integer, YearVersion> packagedVersions = Map.copyOf(versions);
    List<Refusal> refused = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (directoryError != null) {
      refused.add(new Refusal(directoryError.field(), null, List.of(directoryError)));
      if (previous != null) {
        previous.years().values().stream().filter(v -> v.origin() == Origin.DIRECTORY)
            .forEach(v -> keep(previous, v.year(), calendars, versions));
      }
    } else {
      List<CalendarFileCheck.Result> files = new ArrayList<>(directory);
      files.sort(Comparator.comparing(CalendarFileCheck.Result::file));
      for (CalendarFileCheck.Result r : files) {
        if (!r.valid()) {
          refused.add(new Refusal(r.file(), r.sha256(), r.violations()));
          int year = CalendarFileCheck.yearOfFileName(r.file());
          YearVersion had = previous == null ? null : previous.years().get(year);
          if (had != null && had.origin() == Origin.DIRECTORY) {
            keep(previous, year, calendars, versions);
            notes.add(r.file() + " refused; " + year + " keeps the version in force (" + had.shortVersion() + ")");
          }
          continue;
        }
        YearVersion candidate = YearVersion.of(r, Origin.DIRECTORY);
        YearVersion shipped = packagedVersions.get(candidate.year());
        if (shipped != null && !candidate.published().isAfter(shipped.published())) {
          ignored.add(r.file() + ": published " + candidate.published() + ", not later than the packaged notice ("
              + shipped.published() + "); the packaged " + candidate.year() + " stays");
          continue;
        }
        if (shipped != null) {
          notes.add(r.file() + " (published " + candidate.published() + ") supersedes the packaged "
              + candidate.year() + " (published " + shipped.published() + ") as a correction");
        }
        calendars.put(candidate.year(), r.calendar());
        versions.put(candidate.year(), candidate);
      }
    }
    CalendarSnapshot next = CalendarSnapshot.of(calendars, versions, refused, ignored);
    return new Reading(next, changes(previous == null ? packagedVersions : previous.years(), next, previous),
        notes);
  }

  private static void keep(CalendarSnapshot previous, int year, Map<Integer, YearCalendar> calendars,
      Map<Integer, YearVersion> versions) {
    calendars.put(year, previous.byYear().get(year));
    versions.put(year, previous.years().get(year));
  }

  private static List<Change> changes(Map<Integer, YearVersion> before, CalendarSnapshot next,
      CalendarSnapshot previous) {
    List<Change> changes = new ArrayList<>();
    Set<Integer> years = new TreeSet<>(before.keySet());
    years.addAll(next.years().keySet());
    for (int year : years) {
      YearVersion was = before.get(year);
      YearVersion now = next.years().get(year);
      if (was == null) {
        changes.add(new Change(Kind.ADDED, year, now.file(), null, now, year + " is official from "
            + now.origin().name().toLowerCase() + " " + now.file() + " (" + now.notice() + ", published "
            + now.published() + ")", List.of()));
      } else if (now == null) {
        changes.add(new Change(Kind.REMOVED, year, was.file(), was, null, year + " is provisional again: "
            + was.file() + " is no longer in the directory", List.of()));
      } else if (!Objects.equals(was.sha256(), now.sha256())) {
        changes.add(new Change(Kind.SUPERSEDED, year, now.file(), was, now, year + " " + was.shortVersion()
            + " (" + was.origin().name().toLowerCase() + ", published " + was.published() + ") is superseded by "
            + now.shortVersion() + " (" + now.origin().name().toLowerCase() + ", published " + now.published()
            + ")", List.of()));
      }
    }
    for (Refusal r : next.refused()) {
      boolean known = previous != null && previous.refused().stream()
          .anyMatch(p -> p.file().equals(r.file()) && Objects.equals(p.sha256(), r.sha256()));
      if (!known) {
        changes.add(new Change(Kind.REFUSED, CalendarFileCheck.yearOfFileName(r.file()), r.file(), null, null,
            r.file() + " refused: " + r.violations().size() + " problem(s)", r.violations()));
      }
    }
    return changes;
  }
}
