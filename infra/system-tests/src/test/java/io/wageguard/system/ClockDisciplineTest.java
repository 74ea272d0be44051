package io.wageguard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a suite that reads the machine's date cannot tell a regression from the calendar. The system tests
 * and the devstack (whose demo the suite loads) take "today" from the services' clock
 * ({@link RunningSystem#today()}, {@code RunningDevstack#clock()}); this test finds any read of the machine's
 * clock that would make a test pass on one day and fail on another.
 */
class ClockDisciplineTest {

  /** Built, not written out, so that this file's own examples are not reads of the machine's clock to a scanner. */
  private static final String NOW = "LocalDate" + ".now";

  /** Reads of the machine's date or time. Timeouts use Awaitility or durations, not these. */
  private static final Pattern MACHINE_CLOCK = Pattern.compile(
      "\\b(LocalDate|LocalDateTime|LocalTime|YearMonth|Year|ZonedDateTime|OffsetDateTime|MonthDay)\\.now\\("
          + "|Clock\\.system(UTC|DefaultZone)?\\(");

  @Test
  void noSystemTestNorTheDemoReadsTheMachinesDate() throws IOException {
    Path repoRoot = Path.of("").toAbsolutePath().getParent().getParent();
    List<String> reads = new ArrayList<>();
    for (Path root : List.of(repoRoot.resolve("infra/system-tests/src/test/java"),
        repoRoot.resolve("infra/devstack/src/main/java/io/wageguard/devstack/Demo.java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (file.getFileName().toString().equals("ClockDisciplineTest.java")) {
            continue;
          }
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (MACHINE_CLOCK.matcher(lines.get(i)).find()) {
              reads.add(repoRoot.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertThat(reads).as("reads of the machine's clock; use RunningSystem.today() or the stack's clock()").isEmpty();
  }

  /** In the services, a read of the machine's clock that names no clock: {@code now()}, {@code now(ZoneId…)}. */
  private static final Pattern SERVICE_MACHINE_CLOCK = Pattern.compile(
      "\\b(Instant|LocalDate|LocalDateTime|LocalTime|YearMonth|Year|ZonedDateTime|OffsetDateTime)\\.now\\("
          + "(\\)|Zone)|Clock\\.system(UTC|DefaultZone)?\\(|System\\.currentTimeMillis\\(");

  /**
   * The few places in the services that rightly read the wall clock, not the business clock, and why. Anything
   * else must take the one {@code Clock} bean, which tests and the devstack move (issue 14).
   */
  private static final Map<String, String> WALL_CLOCK_ALLOWED = Map.of(
      "ChassisConfiguration.java", "the one clock itself: the machine's, moved only under dev/test (ClockSetting)",
      "AlertStreamController.java", "how long a bearer token stays valid: its exp is wall-clock time",
      "AlertReportController.java", "a download's file name",
      "AlertDelivery.java", "when a feed entry or webhook delivery was queued: operational, not a business date",
      "WebhookDispatcher.java", "HTTP retry and back-off timing");

  @Test
  void theServicesTakeTheirTimeFromTheirClockBean() throws IOException {
    Path services = Path.of("").toAbsolutePath().getParent().getParent().resolve("services");
    List<String> reads = new ArrayList<>();
    try (Stream<Path> files = Files.walk(services)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/")
          && !f.toString().contains("/test-support/")).toList()) {
        if (WALL_CLOCK_ALLOWED.containsKey(file.getFileName().toString())) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (SERVICE_MACHINE_CLOCK.matcher(lines.get(i)).find()) {
            reads.add(services.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(reads).as("reads of the machine's clock in the services; take the Clock bean").isEmpty();
    assertThat(SERVICE_MACHINE_CLOCK.matcher(NOW + "(clock)").find()).isFalse();
    assertThat(SERVICE_MACHINE_CLOCK.matcher("Instant.now()").find()).isTrue();
    assertThat(SERVICE_MACHINE_CLOCK.matcher(NOW + "(ZoneId.of(\"Asia/Shanghai\"))").find()).isTrue();
  }

  @Test
  void thePatternFindsTheReadsItIsFor() {
    assertThat(MACHINE_CLOCK.matcher(NOW + "(ZoneId.of(\"Asia/Shanghai\"))").find()).isTrue();
    assertThat(MACHINE_CLOCK.matcher("Clock.systemUTC()").find()).isTrue();
    assertThat(MACHINE_CLOCK.matcher("RunningSystem.today()").find()).isFalse();
  }
}
