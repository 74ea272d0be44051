package io.wageguard.chassis.calendar;

import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.time.CalendarCatalog;
import io.wageguard.chassis.time.CalendarSnapshot;
import io.wageguard.chassis.time.YearVersion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code GET /api/admin/calendar} and the reload answer show: the version in force, every year from the
 * first official one to next year marked OFFICIAL (with its file's version) or PROVISIONAL (weekends only), the
 * refused and ignored files, and (after a reload) what changed.
 */
public record CalendarView(String version, String directory, List<Year> years, List<Refused> refused,
                           List<String> ignored, List<ChangeView> changes) {

  /** One year; {@code origin}, {@code file}, {@code notice}, {@code published}, {@code sha256} only when official. */
  public record Year(int year, String status, String origin, String file, String notice, String published,
                     String sha256) {}

  public record Refused(String file, String sha256, List<Violation> violations) {}

  public record ChangeView(String kind, int year, String file, String detail) {}

  static CalendarView of(CalendarSnapshot snapshot, Path directory, LocalDate today,
      List<CalendarCatalog.Change> changes) {
    List<Year> years = new ArrayList<>();
    int first = snapshot.years().isEmpty() ? today.getYear() : Math.min(snapshot.years().firstKey(), today.getYear());
    int last = snapshot.years().isEmpty() ? today.getYear() + 1
        : Math.max(snapshot.years().lastKey(), today.getYear() + 1);
    for (int y = first; y <= last; y++) {
      YearVersion v = snapshot.years().get(y);
      years.add(v == null ? new Year(y, "PROVISIONAL", null, null, null, null, null)
          : new Year(y, "OFFICIAL", v.origin().name(), v.file(), v.notice(), v.published().toString(), v.sha256()));
    }
    return new CalendarView(snapshot.version(), directory == null ? null : directory.toString(), years,
        snapshot.refused().stream().map(r -> new Refused(r.file(), r.sha256(), r.violations())).toList(),
        snapshot.ignored(), changes == null ? null
            : changes.stream().map(c -> new ChangeView(c.kind().name(), c.year(), c.file(), c.detail())).toList());
  }
}
