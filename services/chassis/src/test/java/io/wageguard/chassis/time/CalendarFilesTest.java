package io.wageguard.chassis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calendar data itself (contracts/reference/calendar): consistent, and indexed exactly. */
class CalendarFilesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void indexListsExactlyTheYearFilesPresent() throws Exception {
    List<Integer> indexed = new ArrayList<>();
    JsonNode index = read("index.json");
    index.required("years").values().forEach(y -> indexed.add(y.intValue()));

    assertThat(indexed).doesNotHaveDuplicates().isNotEmpty();
    assertThat(yearFilesOnClasspath()).containsExactlyInAnyOrderElementsOf(indexed);
  }

  @Test
  void everyFileIsInternallyConsistent() throws Exception {
    for (int year : WorkingDayCalendar.loadOfficial().officialYears()) {
      YearCalendar calendar = WorkingDayCalendar.parse(read(year + ".json"), year + ".json");
      assertThat(calendar.year()).as("year field of %s.json", year).isEqualTo(year);
      assertThat(calendar.published()).as("notice is published before its year").isBefore(LocalDate.of(year, 1, 1));
      assertThat(calendar.holidays()).isNotEmpty();
      for (YearCalendar.Holiday h : calendar.holidays()) {
        assertThat(h.from().getYear()).as(h.nameZh()).isEqualTo(year);
        assertThat(h.to().getYear()).as(h.nameZh()).isEqualTo(year);
        assertThat(h.to()).as(h.nameZh()).isAfterOrEqualTo(h.from());
      }
      for (YearCalendar.MakeupWorkday m : calendar.makeupWorkdays()) {
        assertThat(YearCalendar.isWeekend(m.date())).as("make-up %s is a weekend day", m.date()).isTrue();
        assertThat(calendar.isHoliday(m.date())).as("make-up %s is in no holiday", m.date()).isFalse();
      }
    }
  }

  @Test
  void inconsistentDataIsRefusedAtLoad() {
    var mayDay = new YearCalendar.Holiday("Labour Day", "劳动节", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5));
    var weekdayMakeup = new YearCalendar.MakeupWorkday(LocalDate.of(2026, 5, 6), "劳动节"); // Wed
    var makeupInHoliday = new YearCalendar.MakeupWorkday(LocalDate.of(2026, 5, 2), "劳动节"); // Sat, inside
    var otherYear = new YearCalendar.Holiday("x", "x", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 2));
    LocalDate published = LocalDate.of(2025, 11, 4);

    assertThatThrownBy(() -> new YearCalendar(2026, "s", published, List.of(mayDay), List.of(weekdayMakeup)))
        .hasMessageContaining("not a weekend");
    assertThatThrownBy(() -> new YearCalendar(2026, "s", published, List.of(mayDay), List.of(makeupInHoliday)))
        .hasMessageContaining("inside a holiday");
    assertThatThrownBy(() -> new YearCalendar(2026, "s", published, List.of(otherYear), List.of()))
        .hasMessageContaining("outside the year");
  }

  private static JsonNode read(String file) throws IOException {
    try (InputStream in = CalendarFilesTest.class.getClassLoader()
        .getResourceAsStream(WorkingDayCalendar.RESOURCE_DIR + file)) {
      assertThat(in).as(file).isNotNull();
      return JSON.readTree(in);
    }
  }

  /** Years of the YYYY.json files in the packaged folder, whether contracts is a directory or a jar. */
  private static List<Integer> yearFilesOnClasspath() throws IOException, URISyntaxException {
    URL indexUrl = CalendarFilesTest.class.getClassLoader()
        .getResource(WorkingDayCalendar.RESOURCE_DIR + "index.json");
    assertThat(indexUrl).isNotNull();
    URI uri = indexUrl.toURI();
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return yearFiles(jar.provider().getPath(uri).getParent());
      }
    }
    return yearFiles(Path.of(uri).getParent());
  }

  private static List<Integer> yearFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.equals("index.json") && !n.equals("calendar.schema.json"))
          .toList();
      assertThat(names).as("only YYYY.json besides index.json and calendar.schema.json").allMatch(n -> n.matches("\\d{4}\\.json"));
      return names.stream().map(n -> Integer.parseInt(n.substring(0, 4))).toList();
    }
  }
}
