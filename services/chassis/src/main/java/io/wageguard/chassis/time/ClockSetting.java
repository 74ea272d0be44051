package io.wageguard.chassis.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

/**
 * The one clock of a service, moved for tests and the devstack only (issue 14: every test owns its clock).
 *
 * <p>Two settings, at most one of them: {@value #OFFSET} (an ISO-8601 duration added to the machine's time, e.g.
 * {@code -P14D}) or {@value #START} (the instant the clock shows when the service starts, e.g.
 * {@code 2026-11-24T09:00:00+08:00}, or a date, read as 00:00 in Asia/Shanghai; from there it runs). Either is
 * refused unless a profile in {@link #PROFILES} is active, so a production deployment can never run on a moved
 * clock by a stray variable. Several processes that must agree on "now" (the devstack's services) are given one
 * offset, not one start: each would otherwise add its own start-up time.
 */
public final class ClockSetting {

  public static final String OFFSET = "wageguard.clock.offset";
  public static final String START = "wageguard.clock.start";
  /** The profiles under which the clock may be moved. */
  public static final List<String> PROFILES = List.of("dev", "test");

  private final Clock clock;
  private final Duration offset;
  private final String source;

  private ClockSetting(Clock clock, Duration offset, String source) {
    this.clock = clock;
    this.offset = offset;
    this.source = source;
  }

  /**
   * The clock that the settings ask for, over {@code machine} (whose zone the result keeps).
   *
   * @throws IllegalStateException if both settings are given, one cannot be read, or no profile allows it
   */
  public static ClockSetting resolve(String offsetSetting, String startSetting, Collection<String> activeProfiles,
      Clock machine) {
    boolean hasOffset = offsetSetting != null && !offsetSetting.isBlank();
    boolean hasStart = startSetting != null && !startSetting.isBlank();
    if (!hasOffset && !hasStart) {
      return new ClockSetting(machine, Duration.ZERO, null);
    }
    if (hasOffset && hasStart) {
      throw new IllegalStateException("Set " + OFFSET + " or " + START + ", not both");
    }
    String name = hasOffset ? OFFSET : START;
    if (activeProfiles.stream().noneMatch(PROFILES::contains)) {
      throw new IllegalStateException(name + " moves this service's clock, which is allowed only under a profile of "
          + PROFILES + " (tests and the devstack); active profiles: " + activeProfiles
          + ". Remove the setting: a service in production runs on the machine's clock.");
    }
    Duration offset = hasOffset ? duration(offsetSetting.trim()) : Duration.between(machine.instant(),
        instant(startSetting.trim()));
    return new ClockSetting(Clock.offset(machine, offset), offset, name + "=" + (hasOffset ? offsetSetting
        : startSetting).trim());
  }

  public Clock clock() {
    return clock;
  }

  /** How far the clock is moved from the machine's (zero when not moved). */
  public Duration offset() {
    return offset;
  }

  public boolean moved() {
    return source != null;
  }

  /** The setting that moved the clock, as given ({@code null} when not moved). */
  public String source() {
    return source;
  }

  private static Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(OFFSET + " must be an ISO-8601 duration such as -P14D or PT36H, not '"
          + text + "'", e);
    }
  }

  /**
   * A start as {@value #START} takes it: a date (00:00 in Asia/Shanghai) or a date and time with its offset.
   *
   * @throws IllegalStateException naming the setting and the two accepted forms
   */
  public static Instant instant(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(Periods.SHANGHAI).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalStateException(START + " must be a date (2026-11-24) or a date and time with its offset "
          + "(2026-11-24T09:00:00+08:00), not '" + text + "'", e);
    }
  }
}
