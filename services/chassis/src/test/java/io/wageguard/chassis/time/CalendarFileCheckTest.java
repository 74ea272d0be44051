package io.wageguard.chassis.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.rules.Violation;
import io.wageguard.testsupport.FictionalCalendar;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every reason a calendar year file is refused, each naming the file and the field (P-4 data, issue 14). */
class CalendarFileCheckTest {

  private static final String VALID = FictionalCalendar.year2027();

  private static CalendarFileCheck.Result check(String file, String json) {
    return CalendarFileCheck.check(file, json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Violation> refused(String json) {
    CalendarFileCheck.Result result = check("2027.json", json);
    assertThat(result.valid()).as("refused: %s", json).isFalse();
    assertThat(result.calendar()).isNull();
    return result.violations();
  }

  private static String holidays(String ranges) {
    return VALID.replaceFirst("\"holidays\": \\[.*?],\\n", "\"holidays\": [" + ranges + "],\n");
  }

  private static String makeups(String days) {
    return VALID.replaceFirst("\"makeupWorkdays\": \\[.*?]}", "\"makeupWorkdays\": [" + days + "]}");
  }

  private static String range(String zh, String from, String to) {
    return "{\"name\": \"x\", \"nameZh\": \"" + zh + "\", \"from\": \"" + from + "\", \"to\": \"" + to + "\"}";
  }

  @Test
  void aValidFileGivesItsYearAndTheHashOfItsBytes() {
    CalendarFileCheck.Result result = check("2027.json", VALID);
    assertThat(result.violations()).isEmpty();
    assertThat(result.calendar().year()).isEqualTo(2027);
    assertThat(result.calendar().published()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(result.calendar().isHoliday(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(result.sha256()).hasSize(64).isEqualTo(CalendarFileCheck.sha256(VALID.getBytes(StandardCharsets.UTF_8)));
    assertThat(check("2027.json", VALID + " ").sha256()).isNotEqualTo(result.sha256());
  }

  @Test
  void thePackagedFilesPassTheSameChecks() {
    assertThat(CalendarSources.packaged(getClass().getClassLoader()))
        .extracting(r -> r.calendar().year()).containsExactly(2025, 2026);
  }

  @Test
  void notJsonIsRefused() {
    assertThat(refused("{\"year\": 2027,")).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("2027.json")).satisfies(v -> assertThat(v.message()).startsWith("is not JSON"));
  }

  @Test
  void aFileNotNamedYyyyJsonIsRefused() {
    CalendarFileCheck.Result result = check("next-year.json", VALID);
    assertThat(result.violations()).extracting(Violation::field).containsExactly("next-year.json");
  }

  @Test
  void schema_aMissingFieldIsNamed() {
    assertThat(refused(VALID.replace("\"published\": \"2026-11-30\",", "")))
        .anySatisfy(v -> {
          assertThat(v.field()).isEqualTo("2027.json#published");
          assertThat(v.rule()).isEqualTo("schema");
        });
  }

  @Test
  void schema_anImpossibleDateIsNamed() {
    assertThat(refused(holidays(range("虚构", "2027-02-28", "2027-02-30"))))
        .extracting(Violation::field).contains("2027.json#holidays[0].to");
  }

  @Test
  void schema_anUnknownFieldIsNamed() {
    assertThat(refused(VALID.replace("\"year\": 2027,", "\"year\": 2027, \"colour\": \"red\",")))
        .extracting(Violation::field).contains("2027.json#colour");
  }

  @Test
  void theYearMustBeTheOneInTheFileName() {
    List<Violation> found = check("2028.json", VALID).violations();
    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("2028.json#year");
      assertThat(v.rule()).isEqualTo("P-4");
      assertThat(v.message()).contains("2027").contains("2028.json");
    });
  }

  @Test
  void everyDateLiesInsideTheYear() {
    assertThat(refused(holidays(range("元旦", "2026-12-31", "2027-01-02"))))
        .extracting(Violation::field).containsExactly("2027.json#holidays[0].from");
    assertThat(refused(makeups("{\"date\": \"2028-01-08\", \"for\": \"x\"}")))
        .extracting(Violation::field).containsExactly("2027.json#makeupWorkdays[0].date");
  }

  @Test
  void aRangeMustNotEndBeforeItStarts() {
    assertThat(refused(holidays(range("虚构", "2027-03-05", "2027-03-03"))))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("2027.json#holidays[0].to");
          assertThat(v.message()).contains("before from 2027-03-05");
        });
  }

  @Test
  void rangesMustNotOverlap() {
    String two = range("甲", "2027-01-01", "2027-01-05") + ", " + range("乙", "2027-01-05", "2027-01-07");
    assertThat(refused(holidays(two))).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("2027.json#holidays[1]");
      assertThat(v.message()).contains("overlaps holidays[0]");
    });
  }

  @Test
  void aMakeupDayMustBeASaturdayOrSunday() {
    assertThat(refused(makeups("{\"date\": \"2027-01-08\", \"for\": \"x\"}"))) // a Friday
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("2027.json#makeupWorkdays[0].date");
          assertThat(v.message()).contains("FRIDAY");
        });
  }

  @Test
  void aMakeupDayMustLieInNoHoliday() {
    assertThat(refused(makeups("{\"date\": \"2027-01-02\", \"for\": \"x\"}"))) // Saturday inside 01-01..01-05
        .singleElement().satisfies(v -> assertThat(v.message()).contains("inside holidays[0]"));
  }

  @Test
  void aMakeupDayIsListedOnce() {
    String twice = "{\"date\": \"2027-01-09\", \"for\": \"x\"}, {\"date\": \"2027-01-09\", \"for\": \"x\"}";
    assertThat(refused(makeups(twice))).extracting(Violation::field)
        .containsExactly("2027.json#makeupWorkdays[1].date");
  }

  @Test
  void theNoticeIsPublishedByTheEndOfItsYear() {
    assertThat(refused(FictionalCalendar.year2027("2028-01-01"))).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("2027.json#published"));
    assertThat(check("2027.json", FictionalCalendar.year2027("2027-12-31")).valid()).isTrue();
  }

  @Test
  void everyProblemOfAFileIsListedAtOnce() {
    String bad = holidays(range("甲", "2027-03-05", "2027-03-03"))
        .replace("\"2027-01-09\"", "\"2027-01-08\"");
    assertThat(refused(bad)).extracting(Violation::field)
        .containsExactly("2027.json#holidays[0].to", "2027.json#makeupWorkdays[0].date");
  }
}
