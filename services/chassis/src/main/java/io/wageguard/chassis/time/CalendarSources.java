package io.wageguard.chassis.time;

import io.wageguard.chassis.rules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads calendar year files: the packaged ones (classpath, listed in index.json) and an operator's directory. */
public final class CalendarSources {

  private CalendarSources() {}

  /** Every year listed in the packaged {@code index.json}, checked; a missing or invalid one fails (a build error). */
  public static List<CalendarFileCheck.Result> packaged(ClassLoader classLoader) {
    JsonNode index = JsonMapper.builder().build().readTree(resource(classLoader, "index.json"));
    List<CalendarFileCheck.Result> years = new ArrayList<>();
    for (JsonNode year : index.required("years").values()) {
      String file = year.intValue() + ".json";
      CalendarFileCheck.Result checked = CalendarFileCheck.check(file, resource(classLoader, file));
      if (!checked.valid()) {
        throw new IllegalStateException("packaged calendar " + WorkingDayCalendar.RESOURCE_DIR + file
            + " is invalid: " + checked.violations());
      }
      years.add(checked);
    }
    return years;
  }

  /** What a directory holds: its {@code *.json} files, each checked. Other files (a README) are not read. */
  public record DirectoryReading(List<CalendarFileCheck.Result> files, Violation error) {}

  public static DirectoryReading directory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new DirectoryReading(List.of(), new Violation(dir.toString(), "calendar-directory",
          "is not a readable directory"));
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<CalendarFileCheck.Result> files = new ArrayList<>();
      for (Path file : entries.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        files.add(CalendarFileCheck.check(file.getFileName().toString(), Files.readAllBytes(file)));
      }
      return new DirectoryReading(files, null);
    } catch (IOException | UncheckedIOException e) {
      return new DirectoryReading(List.of(), new Violation(dir.toString(), "calendar-directory",
          "cannot be read: " + e.getMessage()));
    }
  }

  private static byte[] resource(ClassLoader classLoader, String file) {
    String name = WorkingDayCalendar.RESOURCE_DIR + file;
    try (InputStream in = classLoader.getResourceAsStream(name)) {
      if (in == null) {
        // Missing data must not degrade silently into "weekends only".
        throw new IllegalStateException("calendar resource not on the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
