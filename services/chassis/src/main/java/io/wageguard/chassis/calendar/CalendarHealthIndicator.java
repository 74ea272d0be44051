package io.wageguard.chassis.calendar;

import io.wageguard.chassis.time.CalendarSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The calendar in force as a health detail: its version, the official years and any refused file with its
 * problems. A refused file does not make the service unhealthy (it runs on the calendar it had), but says so here.
 */
public class CalendarHealthIndicator extends AbstractHealthIndicator {

  private final LiveCalendar live;

  public CalendarHealthIndicator(LiveCalendar live) {
    super("calendar unreadable");
    this.live = live;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    CalendarSnapshot snapshot = live.snapshot();
    Map<String, Object> refused = new LinkedHashMap<>();
    snapshot.refused().forEach(r -> refused.put(r.file(), r.violations().stream()
        .map(v -> v.field() + ": " + v.message()).toList()));
    builder.up().withDetail("version", snapshot.version())
        .withDetail("officialYears", snapshot.years().keySet())
        .withDetail("refusedFiles", refused);
  }
}
