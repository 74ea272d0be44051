package io.wageguard.system;

import static io.wageguard.system.RulesFixture.HIGH_TECH_ZONE;
import static io.wageguard.system.RulesFixture.TAICANG;
import static io.wageguard.system.RulesFixture.completeReport;
import static io.wageguard.system.RulesFixture.dataField;
import static io.wageguard.system.RulesFixture.ok;
import static io.wageguard.system.RulesFixture.recipientIds;
import static io.wageguard.system.RulesFixture.recipientRoles;
import static io.wageguard.system.RulesFixture.strings;
import static io.wageguard.system.RulesFixture.union;
import static io.wageguard.testsupport.TopicProbe.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.testsupport.TopicProbe.Seen;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * RULES.md "Early warning" (EW-1..EW-9): each signal's level, rule ids, facts and recipients as the unions see
 * them on {@code alerts} and over REST, and a union acknowledging what it received.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RulesEarlyWarningSystemIT {

  @RegisterExtension
  static final RulesFixture system = new RulesFixture();

  @Test
  @DisplayName("EW-1: a case from the labour bureau's feed raises BLUE to the enterprise's union and the district "
      + "union; the Taicang union acknowledges it")
  void arrearsOpened() {
    Enterprise firm = system.given().enterprise(TAICANG).production().owned().employees(60).withOwnUnion().registered();
    String submissionId = UUID.randomUUID().toString();
    system.probe.send("arrears.submissions", firm.creditCode, """
        {"specversion":"1.0","id":"%s","source":"/labour-bureau/taicang","type":"wageguard.arrears.submission.v1",
         "subject":"%s","datacontenttype":"application/json","data":{"creditCode":"%s","jurisdiction":"%s",
         "arrearsStartDate":"2026-11-16","wageMonths":["2026-10"],"amountOwed":"46800.00","workersAffected":4,
         "reporterRole":"LABOUR_BUREAU","reporter":"太仓市劳动和社会保障局"}}"""
        .formatted(submissionId, firm.creditCode, firm.creditCode, TAICANG));
    Seen opened = firm.awaitEvent("wageguard.arrears.case-opened.v1",
        dataField("submissionId", submissionId));
    assertThat(opened.data().path("reportDeadline").asString()).isEqualTo("2026-11-23"); // 11-21 is a Saturday

    JsonNode ew1 = firm.awaitAlert("EW-1").data();
    assertThat(ew1.path("level").asString()).isEqualTo("BLUE");
    assertThat(ew1.path("caseId").asString()).isEqualTo(opened.data().path("caseId").asString());
    assertThat(recipientIds(ew1)).containsExactlyInAnyOrder("union-" + firm.creditCode, "union-320585");
    assertThat(recipientRoles(ew1)).containsExactlyInAnyOrder("ENTERPRISE_UNION", "DISTRICT_UNION");

    String alertId = ew1.path("alertId").asString();
    JsonNode acknowledged = ok(system.as(union(TAICANG)).post("alerting", "/api/alerts/" + alertId + "/acknowledgement",
        """
            {"unionId":"union-320585","note":"太仓市总工会值班员已联系企业工会"}"""));
    assertThat(acknowledged.path("status").asString()).isEqualTo("ACKNOWLEDGED");
    system.probe.await(ofType("wageguard.alert.acknowledged.v1").and(dataField("alertId", alertId)));
    JsonNode listed = ok(system.as(union(TAICANG)).get("alerting", "/api/alerts/" + alertId));
    assertThat(listed.path("status").asString()).isEqualTo("ACKNOWLEDGED");
  }

  @Test
  @DisplayName("EW-2: no report for arrears from 2026-02-12 by 2026-02-24 (Spring Festival) raises ORANGE to the "
      + "district union, the city federation and the labour bureau")
  void reportOverdue() {
    Enterprise firm = system.given().enterprise(TAICANG).production().owned().employees(60).registered();
    firm.openCase(LocalDate.parse("2026-02-12"), List.of("2026-01"), "64000.00", 6);
    JsonNode ew2 = firm.awaitAlert("EW-2").data();
    assertThat(ew2.path("level").asString()).isEqualTo("ORANGE");
    assertThat(ew2.path("facts").path("reportDeadline").asString()).isEqualTo("2026-02-24");
    assertThat(strings(ew2.path("ruleIds"))).contains("EW-2", "TC-2", "P-3");
    assertThat(recipientIds(ew2)).containsExactlyInAnyOrder("union-320585", "union-320500", "bureau-320585");
  }

  @Test
  @DisplayName("EW-3: a report asking for a deferral past 30 days (TC-2b) raises YELLOW to the district union and "
      + "the labour bureau")
  void invalidReport() {
    Enterprise firm = system.given().enterprise(HIGH_TECH_ZONE).production().owned().employees(60).registered();
    LocalDate start = LocalDate.parse("2026-10-12");
    String caseId = firm.openCase(start, List.of("2026-09"), "64000.00", 6)
        .path("caseId").asString();
    JsonNode answer = ok(firm.fileReport(caseId, completeReport(start, LocalDate.parse("2026-11-12"))));
    assertThat(answer.path("valid").asBoolean()).isFalse();

    JsonNode ew3 = firm.awaitAlert("EW-3").data();
    assertThat(ew3.path("level").asString()).isEqualTo("YELLOW");
    assertThat(strings(ew3.path("ruleIds"))).contains("EW-3", "TC-2b");
    assertThat(recipientIds(ew3)).containsExactlyInAnyOrder("union-320505", "bureau-320505");
  }

  @Test
  @DisplayName("EW-4, TC-8: a deferral that ended 2026-10-20 with wages unpaid raises RED to the district union, "
      + "the city federation, the labour bureau and the joint meeting")
  void deferralLapsed() {
    Enterprise firm = system.given().enterprise(TAICANG).production().owned().employees(60).registered();
    LocalDate start = LocalDate.parse("2026-09-29");
    JsonNode opened = firm.openCase(start, List.of("2026-08"), "64000.00", 6);
    assertThat(opened.path("reportDeadline").asString()).isEqualTo("2026-10-08");
    ok(firm.fileReport(opened.path("caseId").asString(), completeReport(start, LocalDate.parse("2026-10-20"))));

    Seen lapsed = firm.awaitEvent("wageguard.arrears.deferral-lapsed.v1");
    assertThat(lapsed.data().path("deferralEndDate").asString()).isEqualTo("2026-10-20");
    assertThat(lapsed.data().path("amountOutstanding").asString()).isEqualTo("64000.00");
    JsonNode ew4 = firm.awaitAlert("EW-4").data();
    assertThat(ew4.path("level").asString()).isEqualTo("RED");
    assertThat(strings(ew4.path("ruleIds"))).contains("EW-4", "TC-8");
    assertThat(recipientIds(ew4)).contains("union-320585", "union-320500", "bureau-320585", "jm-320585-police");
  }

  @Test
  @DisplayName("EW-5: arrears for two months in a row (TC-3c, HT-4) raise ORANGE to the district union and the "
      + "labour bureau")
  void arrearsMonths() {
    Enterprise firm = system.given().enterprise(HIGH_TECH_ZONE).production().owned().employees(60).registered();
    firm.openCase(LocalDate.parse("2026-11-02"), List.of("2026-09", "2026-10"),
        "128000.00", 6);
    JsonNode ew5 = firm.awaitAlert("EW-5").data();
    assertThat(ew5.path("level").asString()).isEqualTo("ORANGE");
    assertThat(strings(ew5.path("ruleIds"))).contains("EW-5");
    assertThat(recipientIds(ew5)).containsExactlyInAnyOrder("union-320505", "bureau-320505");
  }

  @Test
  @DisplayName("EW-6: a strike in the High-tech Zone raises RED to the enterprise union, the district union, the "
      + "city federation and the labour bureau")
  void strike() {
    Enterprise firm = system.given().enterprise(HIGH_TECH_ZONE)
        .production().leased().employees(150).withOwnUnion().registered();
    String caseId = firm.openCase(LocalDate.parse("2026-11-16"), List.of("2026-10"),
        "150000.00", 5).path("caseId").asString();
    firm.recordIncident(caseId, "STRIKE", LocalDate.parse("2026-11-20"), 5);
    JsonNode ew6 = firm.awaitAlert("EW-6").data();
    assertThat(ew6.path("level").asString()).isEqualTo("RED");
    assertThat(strings(ew6.path("ruleIds"))).contains("EW-6", "HT-5");
    assertThat(recipientIds(ew6)).contains("union-" + firm.creditCode, "union-320505", "union-320500", "bureau-320505");
  }

  @Test
  @DisplayName("EW-8: unpaid arrears of 386,400.00 against a balance of 0.00 raise ORANGE to the labour bureau and "
      + "the district union")
  void arrearsExceedBalance() {
    Enterprise firm = system.given().enterprise(TAICANG).production().leased().employees(120).registered();
    firm.awaitOutcome("REQUIRED");
    firm.openCase(LocalDate.parse("2026-11-16"), List.of("2026-10"), "386400.00", 9);
    Seen exceed = firm.awaitEvent("wageguard.deposit.arrears-exceed-balance.v1");
    assertThat(exceed.data().path("unpaidArrears").asString()).isEqualTo("386400.00");
    assertThat(exceed.data().path("balance").asString()).isEqualTo("0.00");
    assertThat(exceed.data().path("shortfall").asString()).isEqualTo("386400.00");
    JsonNode ew8 = firm.awaitAlert("EW-8").data();
    assertThat(ew8.path("level").asString()).isEqualTo("ORANGE");
    assertThat(recipientIds(ew8)).containsExactlyInAnyOrder("bureau-320585", "union-320585");
  }

  @Test
  @DisplayName("EW-9: twelve workers raise an overdue report (EW-2) from ORANGE to RED, which reaches the joint "
      + "meeting (TC-8); the alert is listed once over REST")
  void groupArrearsRaise() {
    Enterprise firm = system.given().enterprise(TAICANG).production().owned().employees(60).registered();
    firm.openCase(LocalDate.parse("2026-09-28"), List.of("2026-08"), "386400.00", 12);
    JsonNode ew2 = firm.awaitAlert("EW-2").data();
    assertThat(ew2.path("baseLevel").asString()).isEqualTo("ORANGE");
    assertThat(ew2.path("level").asString()).isEqualTo("RED");
    assertThat(strings(ew2.path("ruleIds"))).contains("EW-2", "EW-9", "P-6", "TC-8");
    assertThat(recipientRoles(ew2)).contains("JOINT_MEETING");

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      JsonNode listed = ok(system.as(union(TAICANG)).get("alerting",
          "/api/alerts?rule=EW-2&creditCode=" + firm.creditCode));
      assertThat(listed.path("items").valueStream().filter(a -> "EW-2".equals(a.path("signal").asString())).count())
          .isEqualTo(1);
    });
  }
}
