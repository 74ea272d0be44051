package io.wageguard.arrears.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.FictionalCalendar;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TopicProbe;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: a case opened before next year's calendar is known has a provisional TC-2 deadline; once the year's file
 * is in the calendar directory and an admin reloads, the deadline is recomputed (P-3, P-4), shown as official over
 * REST and announced on arrears.events. The 2027 calendar is fictional (FictionalCalendar).
 */
@ServiceIntegrationTest
@Import(TestClockConfiguration.class)
class ArrearsCalendarIT {

  static final String TAICANG = "320585";
  static final Path DIRECTORY = FictionalCalendar.newDirectory();
  static final JsonMapper JSON = JsonMapper.builder().build();
  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("arrears.events");

  @DynamicPropertySource
  static void calendarDirectory(DynamicPropertyRegistry properties) {
    FictionalCalendar.useDirectory(properties, DIRECTORY);
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;

  @Test
  void aProvisional2027DeadlineIsRecomputedWhenThe2027CalendarIsReloaded() {
    clock.setBusinessDate("2026-12-29");
    ServiceHttp union = ServiceHttp.atPort(port).as("UNION", TAICANG);
    String code = TestCreditCodes.random(TAICANG);
    // Arrears from Mon 2026-12-28: five days end on Sat 2027-01-02; weekends only, that rolls to Mon 2027-01-04.
    String provisionalCase = open(union, code, "2026-12-28");
    // From Mon 2026-11-30 the deadline (Mon 2026-12-07 after the weekend) lies in 2026, which is official.
    String officialCase = open(union, TestCreditCodes.random(TAICANG), "2026-11-30");
    JsonNode before = read(provisionalCase);
    assertThat(before.path("reportDeadline").asString()).isEqualTo("2027-01-04");
    assertThat(before.path("calendarProvisional").asBoolean()).isTrue();
    JsonNode untouchedBefore = read(officialCase);
    assertThat(untouchedBefore.path("calendarProvisional").asBoolean()).isFalse();

    FictionalCalendar.write(DIRECTORY, "2027.json", FictionalCalendar.year2027());
    HttpResponse<String> reload = ServiceHttp.atPort(port).as("ADMIN", TAICANG)
        .post("/api/admin/calendar/reload", "");
    assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);

    // The fictional closure 2027-01-01..05 moves the end to Wed 2027-01-06, now official.
    JsonNode after = read(provisionalCase);
    assertThat(after.path("reportDeadline").asString()).isEqualTo("2027-01-06");
    assertThat(after.path("calendarProvisional").asBoolean()).isFalse();
    assertThat(after.path("nextDeadlineAt").asString()).isEqualTo("2027-01-07");
    JsonNode step = after.path("timeline").get(after.path("timeline").size() - 1);
    assertThat(step.path("type").asString()).isEqualTo("REPORT_DEADLINE_RECOMPUTED");
    assertThat(step.path("ruleIds").values()).extracting(JsonNode::asString)
        .contains("TC-2", "P-2", "P-3", "P-4");
    assertThat(step.path("facts").path("previousReportDeadline").asString()).isEqualTo("2027-01-04");
    assertThat(read(officialCase).path("timeline").size()).isEqualTo(untouchedBefore.path("timeline").size());

    TopicProbe.Seen changed = probe.await(s -> "wageguard.arrears.report-deadline-changed.v1".equals(s.type())
        && provisionalCase.equals(s.data().path("caseId").asString()));
    ContractAssertions.assertConforms(changed);
    assertThat(changed.key()).isEqualTo(code);
    assertThat(changed.data().path("previousReportDeadline").asString()).isEqualTo("2027-01-04");
    assertThat(changed.data().path("previousCalendarProvisional").asBoolean()).isTrue();
    assertThat(changed.data().path("reportDeadline").asString()).isEqualTo("2027-01-06");
    assertThat(changed.data().path("calendarProvisional").asBoolean()).isFalse();
    assertThat(changed.data().path("calendarVersion").asString()).contains("2027:");

    // A second reload of the same file changes nothing more.
    assertThat(ServiceHttp.atPort(port).as("ADMIN", TAICANG).post("/api/admin/calendar/reload", "").statusCode())
        .isEqualTo(200);
    assertThat(read(provisionalCase).path("timeline").size()).isEqualTo(after.path("timeline").size());
  }

  private String open(ServiceHttp union, String code, String start) {
    String body = """
        {"submissionId":"CAL-%s","creditCode":"%s","jurisdiction":"%s","arrearsStartDate":"%s",
         "wageMonths":["2026-11"],"amountOwed":"82200.00","workersAffected":3,
         "reporterRole":"UNION","reporter":"太仓市总工会"}""".formatted(UUID.randomUUID(), code, TAICANG, start);
    HttpResponse<String> created = union.post("/api/cases", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).path("caseId").asString();
  }

  private JsonNode read(String caseId) {
    HttpResponse<String> response = ServiceHttp.atPort(port).as("AUDITOR", TAICANG).get("/api/cases/" + caseId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

}
