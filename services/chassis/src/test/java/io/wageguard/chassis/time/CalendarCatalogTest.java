package io.wageguard.chassis.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.time.CalendarCatalog.Kind;
import io.wageguard.chassis.time.CalendarCatalog.Reading;
import io.wageguard.testsupport.FictionalCalendar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions and the supersede rules of the calendar in force (issue 14). */
class CalendarCatalogTest {

  private static final List<CalendarFileCheck.Result> PACKAGED =
      CalendarSources.packaged(CalendarCatalogTest.class.getClassLoader());

  private static CalendarFileCheck.Result file(String name, String json) {
    return CalendarFileCheck.check(name, json.getBytes(StandardCharsets.UTF_8));
  }

  private static Reading read(CalendarSnapshot previous, CalendarFileCheck.Result... directory) {
    return CalendarCatalog.read(previous, PACKAGED, List.of(directory), null);
  }

  /** The packaged 2026 with another publication date (and so other bytes): a correction, or a stale copy. */
  private static CalendarFileCheck.Result packaged2026PublishedOn(String published) throws Exception {
    String json = new String(CalendarCatalogTest.class.getClassLoader()
        .getResourceAsStream(WorkingDayCalendar.RESOURCE_DIR + "2026.json").readAllBytes(), StandardCharsets.UTF_8);
    return file("2026.json", json.replace("\"published\": \"2025-11-04\"", "\"published\": \"" + published + "\""));
  }

  @Test
  void withoutADirectoryThePackagedYearsAreInForceAndNothingChanged() {
    Reading reading = read(null);
    assertThat(reading.changes()).isEmpty();
    assertThat(reading.snapshot().years().keySet()).containsExactly(2025, 2026);
    assertThat(reading.snapshot().years().get(2026).origin()).isEqualTo(YearVersion.Origin.PACKAGED);
    assertThat(reading.snapshot().version()).matches("2025:[0-9a-f]{8},2026:[0-9a-f]{8}");
  }

  @Test
  void aDirectoryFileAddsItsYearWithItsOwnVersion() {
    CalendarFileCheck.Result fictional = file("2027.json", FictionalCalendar.year2027());
    Reading reading = read(null, fictional);

    assertThat(reading.changedYears()).containsExactly(2027);
    assertThat(reading.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Kind.ADDED);
      assertThat(c.after().origin()).isEqualTo(YearVersion.Origin.DIRECTORY);
      assertThat(c.after().sha256()).isEqualTo(fictional.sha256());
    });
    assertThat(reading.snapshot().calendar().isOfficial(2027)).isTrue();
    assertThat(reading.snapshot().version()).endsWith(",2027:" + fictional.sha256().substring(0, 8));
    // Read again, same bytes: nothing changed.
    assertThat(read(reading.snapshot(), fictional).changes()).isEmpty();
  }

  @Test
  void aDirectoryFileSupersedesAPackagedYearOnlyIfPublishedLater() throws Exception {
    Reading later = read(null, packaged2026PublishedOn("2025-12-01"));
    assertThat(later.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Kind.SUPERSEDED);
      assertThat(c.before().origin()).isEqualTo(YearVersion.Origin.PACKAGED);
      assertThat(c.after().published()).isEqualTo(LocalDate.of(2025, 12, 1));
    });
    assertThat(later.notes()).anySatisfy(n -> assertThat(n).contains("supersedes the packaged 2026"));

    Reading sameDay = read(null, packaged2026PublishedOn("2025-11-04"));
    assertThat(sameDay.changes()).isEmpty();
    assertThat(sameDay.snapshot().years().get(2026).origin()).isEqualTo(YearVersion.Origin.PACKAGED);
    assertThat(sameDay.snapshot().ignored()).singleElement().satisfies(i -> assertThat(i).contains("not later"));
    assertThat(read(null, packaged2026PublishedOn("2025-10-01")).snapshot().years().get(2026).origin())
        .isEqualTo(YearVersion.Origin.PACKAGED);
  }

  @Test
  void anInvalidFileIsRefusedOnceAndItsYearStaysProvisional() {
    CalendarFileCheck.Result broken = file("2027.json", FictionalCalendar.year2027("2028-01-01"));
    Reading reading = read(null, broken);

    assertThat(reading.snapshot().calendar().isOfficial(2027)).isFalse();
    assertThat(reading.changedYears()).isEmpty();
    assertThat(reading.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Kind.REFUSED);
      assertThat(c.violations()).extracting(Violation::field).containsExactly("2027.json#published");
    });
    assertThat(reading.snapshot().refused()).extracting(CalendarSnapshot.Refusal::file).containsExactly("2027.json");
    // The same bytes again: still refused, but not a new change (no second audit entry, no second error log).
    Reading again = read(reading.snapshot(), broken);
    assertThat(again.changes()).isEmpty();
    assertThat(again.snapshot().refused()).hasSize(1);
  }

  @Test
  void anInvalidReplacementKeepsTheVersionInForce() {
    CalendarFileCheck.Result good = file("2027.json", FictionalCalendar.year2027());
    CalendarSnapshot inForce = read(null, good).snapshot();

    Reading reading = read(inForce, file("2027.json", FictionalCalendar.year2027().replace("2027-01-09", "2027-01-08")));
    assertThat(reading.snapshot().years().get(2027).sha256()).isEqualTo(good.sha256());
    assertThat(reading.snapshot().version()).isEqualTo(inForce.version());
    assertThat(reading.changes()).extracting(CalendarCatalog.Change::kind).containsExactly(Kind.REFUSED);
    assertThat(reading.notes()).anySatisfy(n -> assertThat(n).contains("keeps the version in force"));
  }

  @Test
  void aCorrectedDirectoryFileSupersedesTheDirectoryVersion() {
    CalendarSnapshot inForce = read(null, file("2027.json", FictionalCalendar.year2027())).snapshot();
    Reading reading = read(inForce, file("2027.json", FictionalCalendar.year2027("2026-12-05")));
    assertThat(reading.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Kind.SUPERSEDED);
      assertThat(c.before().published()).isEqualTo(LocalDate.of(2026, 11, 30));
      assertThat(c.after().published()).isEqualTo(LocalDate.of(2026, 12, 5));
    });
    assertThat(reading.snapshot().version()).isNotEqualTo(inForce.version());
  }

  @Test
  void aFileTakenOutOfTheDirectoryMakesItsYearProvisionalAgain() {
    CalendarSnapshot inForce = read(null, file("2027.json", FictionalCalendar.year2027())).snapshot();
    Reading reading = read(inForce);
    assertThat(reading.changes()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.REMOVED));
    assertThat(reading.changedYears()).containsExactly(2027);
    assertThat(reading.snapshot().calendar().isOfficial(2027)).isFalse();
  }

  @Test
  void aDirectoryThatCannotBeReadKeepsItsYears(@TempDir Path dir) {
    CalendarSnapshot inForce = read(null, file("2027.json", FictionalCalendar.year2027())).snapshot();
    CalendarSources.DirectoryReading gone = CalendarSources.directory(dir.resolve("missing"));
    assertThat(gone.error()).isNotNull();

    Reading reading = CalendarCatalog.read(inForce, PACKAGED, gone.files(), gone.error());
    assertThat(reading.snapshot().calendar().isOfficial(2027)).isTrue();
    assertThat(reading.changes()).extracting(CalendarCatalog.Change::kind).containsExactly(Kind.REFUSED);
  }

  @Test
  void theDirectoryReaderChecksEveryJsonFileAndNothingElse(@TempDir Path dir) throws Exception {
    FictionalCalendar.write(dir, "2027.json", FictionalCalendar.year2027());
    Files.writeString(dir.resolve("README.txt"), "notes for operators");
    FictionalCalendar.write(dir, "2028.json", "{}");

    CalendarSources.DirectoryReading reading = CalendarSources.directory(dir);
    assertThat(reading.error()).isNull();
    assertThat(reading.files()).extracting(CalendarFileCheck.Result::file).containsExactly("2027.json", "2028.json");
    assertThat(reading.files()).extracting(CalendarFileCheck.Result::valid).containsExactly(true, false);
  }
}
