package io.wageguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A calendar year file for tests, in the format of contracts/reference/calendar/YYYY.json, with <b>made-up</b>
 * data: the State Council's notice for 2027 is not known here, and the repository never ships a guessed year.
 * The fictional 2027 closes 2027-01-01 (Fri) to 2027-01-05 (Tue) and makes Saturday 2027-01-09 a working day, so a
 * period ending on the weekend of 2027-01-02 ends on Monday 2027-01-04 with the provisional (weekends-only)
 * calendar and on Wednesday 2027-01-06 with this one.
 */
public final class FictionalCalendar {

  public static final String SOURCE = "FICTIONAL test data, not a State Council notice (测试用虚构数据)";

  private FictionalCalendar() {}

  /** The fictional 2027, published on {@code published}. */
  public static String year2027(String published) {
    return """
        {"year": 2027, "source": "%s", "published": "%s",
         "holidays": [{"name": "Fictional Test Holiday", "nameZh": "虚构测试假日", "from": "2027-01-01", "to": "2027-01-05"}],
         "makeupWorkdays": [{"date": "2027-01-09", "for": "虚构测试假日"}]}
        """.formatted(SOURCE, published);
  }

  public static String year2027() {
    return year2027("2026-11-30");
  }

  /** A new empty directory for a test's calendar files. */
  public static Path newDirectory() {
    try {
      return Files.createTempDirectory("wageguard-calendar-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Points the service under test at {@code dir} as its calendar directory; it reads it at start-up and on an
   * admin's reload only (the scheduled reading is an hour away), so a test decides when a file is seen.
   */
  public static void useDirectory(DynamicPropertyRegistry properties, Path dir) {
    properties.add("wageguard.calendar.directory", dir::toString);
    properties.add("wageguard.calendar.reload-interval", () -> "PT1H");
  }

  /** Writes {@code json} as {@code dir/file} (replacing it), as an operator drops a file into the directory. */
  public static Path write(Path dir, String file, String json) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(file), json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
