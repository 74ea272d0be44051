package io.wageguard.chassis.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which file an official year comes from: packaged in the contracts jar, or the operator's calendar directory.
 *
 * @param notice    the file's {@code source}: the State Council notice it copies
 * @param published the notice's publication date; a directory file supersedes a packaged year only if later
 * @param sha256    hex SHA-256 of the file's bytes
 */
public record YearVersion(int year, Origin origin, String file, String notice, LocalDate published,
                          String sha256) {

  public enum Origin { PACKAGED, DIRECTORY }

  public YearVersion {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sha256, "sha256");
  }

  static YearVersion of(CalendarFileCheck.Result checked, Origin origin) {
    YearCalendar c = checked.calendar();
    return new YearVersion(c.year(), origin, checked.file(), c.source(), c.published(), checked.sha256());
  }

  /** {@code 2027:1a2b3c4d}: the year and the start of its hash, as it appears in a calendar version. */
  public String shortVersion() {
    return year + ":" + sha256.substring(0, 8);
  }
}
