package io.wageguard.chassis.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.calendar.CalendarChanged;
import io.wageguard.chassis.time.Deadline;
import io.wageguard.chassis.time.Periods;
import io.wageguard.testsupport.FictionalCalendar;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14 on the chassis: an operator drops next year's file into the calendar directory, an admin reloads, and
 * the deadlines computed from then on are official; a bad file is refused by name and field, the calendar kept.
 * The 2027 data is fictional (FictionalCalendar): the real notice is not known here.
 */
@ServiceIntegrationTest
class CalendarReloadIT {

  static final Path DIRECTORY = FictionalCalendar.newDirectory();
  static final LocalDate MONDAY = LocalDate.parse("2026-12-28");

  @DynamicPropertySource
  static void calendarDirectory(DynamicPropertyRegistry properties) {
    FictionalCalendar.useDirectory(properties, DIRECTORY);
  }

  @LocalServerPort int port;
  @Autowired Periods periods;
  @Autowired ChassisTestApplication.CalendarChanges changes;
  @Autowired MeterRegistry meters;

  ServiceHttp service() {
    return ServiceHttp.atPort(port);
  }

  @Test
  void anAdminReloadMakesADroppedYearOfficialAndARefusedFileIsNamedByFileAndField() {
    // Before: 2027 has no file, so Mon 2026-12-28 + 5 days (Sat 2027-01-02) ends on Mon 2027-01-04, provisionally.
    assertThat(periods.withinDays(MONDAY, 5)).isEqualTo(new Deadline(LocalDate.parse("2027-01-04"),
        List.of("P-2", "P-3"), true, LocalDate.parse("2027-01-02")));
    HttpResponse<String> before = service().as("ADMIN", "320500").get("/api/admin/calendar");
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).contains("{\"year\":2027,\"status\":\"PROVISIONAL\"");
    String versionBefore = version(before.body());

    // Only admins reach the calendar's endpoints.
    assertThat(service().post("/api/admin/calendar/reload", "").statusCode()).isEqualTo(401);
    assertThat(service().as("AUDITOR", "320500").post("/api/admin/calendar/reload", "").statusCode()).isEqualTo(403);
    assertThat(service().as("LABOUR_BUREAU", "320500").post("/api/admin/calendar/reload", "").statusCode())
        .isEqualTo(403);
    assertThat(service().as("UNION", "320500").get("/api/admin/calendar").statusCode()).isEqualTo(403);

    FictionalCalendar.write(DIRECTORY, "2027.json", FictionalCalendar.year2027());
    HttpResponse<String> reloaded = service().as("ADMIN", "320500").post("/api/admin/calendar/reload", "");
    assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
    assertThat(reloaded.body()).contains("{\"year\":2027,\"status\":\"OFFICIAL\",\"origin\":\"DIRECTORY\","
        + "\"file\":\"2027.json\"").contains("\"kind\":\"ADDED\"").contains(FictionalCalendar.SOURCE);
    String versionAfter = version(reloaded.body());
    assertThat(versionAfter).startsWith(versionBefore + ",2027:");

    // The Periods bean answers with the new calendar at once: the fictional closure runs to Tue 2027-01-05.
    assertThat(periods.withinDays(MONDAY, 5)).isEqualTo(new Deadline(LocalDate.parse("2027-01-06"),
        List.of("P-2", "P-3"), false, LocalDate.parse("2027-01-02")));
    assertThat(changes.heard).contains(CalendarChanged.of(java.util.Set.of(2027), versionAfter, false));
    HttpResponse<String> trail = service().as("AUDITOR", "320585").get("/api/audit-trail?actor=test-admin");
    assertThat(trail.body()).contains("\"action\":\"calendar.added\"").contains("\"method\":\"CHANGE\"")
        .contains("2027 is official from directory 2027.json");

    // A file whose year is not its name's is refused as a whole; 2027 stays as it was.
    FictionalCalendar.write(DIRECTORY, "2028.json", FictionalCalendar.year2027());
    HttpResponse<String> refused = service().as("ADMIN", "320500").post("/api/admin/calendar/reload", "");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("https://wageguard.io/problems/calendar-file-refused")
        .contains("\"field\":\"2028.json#year\"").contains("\"rule\":\"P-4\"")
        .contains("\"version\":\"" + versionAfter + "\"");
    assertThat(periods.calendar().isOfficial(2028)).isFalse();
    assertThat(service().as("ADMIN", "320500").get("/api/admin/calendar").body())
        .contains("\"refused\":[{\"file\":\"2028.json\"");
    assertThat(service().get("/actuator/health").body()).contains("\"refusedFiles\":{\"2028.json\"");
    assertThat(meters.get("wageguard.calendar.files.refused").gauge().value()).isEqualTo(1.0);
    assertThat(service().as("AUDITOR", "320585").get("/api/audit-trail?actor=test-admin").body())
        .contains("\"action\":\"calendar.refused\"").contains("\"status\":422");
  }

  private static String version(String body) {
    int start = body.indexOf("\"version\":\"") + "\"version\":\"".length();
    return body.substring(start, body.indexOf('"', start));
  }
}
