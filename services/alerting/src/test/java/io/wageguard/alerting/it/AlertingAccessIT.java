package io.wageguard.alerting.it;

import static io.wageguard.alerting.it.AlertingIT.caseOpened;
import static io.wageguard.alerting.it.AlertingIT.event;
import static io.wageguard.alerting.it.AlertingIT.raisedFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.Role;
import io.wageguard.testsupport.AccessMatrixCheck;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TestIssuer;
import io.wageguard.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7 in alerting: the matrix as declared is the matrix enforced, and a union of one jurisdiction never reads
 * another's alerts: not one by one, not in lists, boards, risk views or CSV, not through another union's stream
 * or webhook. Follow-ups record the token's subject, whatever the body says.
 */
@ServiceIntegrationTest
@Import(TestClock.Config.class)
class AlertingAccessIT {

  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static final String SUZHOU = "320500";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("alerts");
  @LocalServerPort int port;
  @Autowired AccessMatrix matrix;

  record Raised(String creditCode, String alertId) {}

  ServiceHttp service() {
    return ServiceHttp.atPort(port);
  }

  /** An EW-1 alert for a fresh enterprise of the jurisdiction, routed to that jurisdiction's union. */
  Raised alertIn(String jurisdiction) {
    String code = TestCreditCodes.random(jurisdiction);
    probe.send("arrears.events", code, event(UUID.randomUUID().toString(), "wageguard.arrears.case-opened.v1",
        "/wageguard/arrears-reporting", code,
        caseOpened(code, UUID.randomUUID().toString(), 2, false).replace(TAICANG, jurisdiction)));
    return new Raised(code, probe.await(raisedFor(code, "EW-1")).data().get("alertId").asString());
  }

  @Test
  void everyEndpointAnswersEveryRoleAsTheMatrixSays() {
    Raised taicang = alertIn(TAICANG);
    // {id} is an alert under /api/alerts and a directory entry under /api/unions: check each with a real one
    List<AccessMatrixCheck.Row> alertRows = rows(false);
    List<AccessMatrixCheck.Row> unionRows = rows(true);
    assertThat(AccessMatrixCheck.contradictions(service().baseUrl(), alertRows,
        Map.of("id", taicang.alertId(), "creditCode", taicang.creditCode(), "code", TAICANG),
        taicang.creditCode())).isEmpty();
    assertThat(AccessMatrixCheck.contradictions(service().baseUrl(), unionRows,
        Map.of("id", "union-" + TAICANG), taicang.creditCode())).isEmpty();
    assertThat(alertRows.size() + unionRows.size()).isEqualTo(matrix.rules().size());
  }

  private List<AccessMatrixCheck.Row> rows(boolean unions) {
    return matrix.rules().stream().filter(rule -> rule.path().startsWith("/api/unions") == unions)
        .map(rule -> new AccessMatrixCheck.Row(rule.method().name(), rule.path(),
            rule.roles().stream().map(Role::name).collect(Collectors.toSet()))).toList();
  }

  @Test
  void aUnionOfAnotherJurisdictionGetsNoTaicangAlertBoardRiskStreamOrWebhook() throws Exception {
    Raised taicang = alertIn(TAICANG);
    ServiceHttp zoneUnion = service().as("UNION", HIGH_TECH_ZONE);

    HttpResponse<String> one = zoneUnion.get("/api/alerts/" + taicang.alertId());
    assertThat(one.statusCode()).isEqualTo(404);
    assertThat(one.body()).doesNotContain("\"signal\"").doesNotContain(taicang.creditCode());
    HttpResponse<String> board = zoneUnion.get("/api/jurisdictions/" + TAICANG + "/board");
    assertThat(board.statusCode()).isEqualTo(403);
    assertThat(board.body()).contains("outside-jurisdiction").doesNotContain("openBySignal");
    HttpResponse<String> risk = zoneUnion.get("/api/enterprises/" + taicang.creditCode() + "/risk");
    assertThat(risk.statusCode()).isEqualTo(404);
    assertThat(risk.body()).doesNotContain("\"history\"").doesNotContain(taicang.alertId());
    assertThat(zoneUnion.post("/api/alerts/" + taicang.alertId() + "/acknowledgement", "{}").statusCode())
        .isEqualTo(404);

    // Taicang's union entry: its stream, webhook and deliveries do not exist for a High-tech Zone union
    String taicangStream = "/api/unions/union-" + TAICANG + "/alerts/stream";
    try (SseClient stream = new SseClient(URI.create(service().baseUrl() + taicangStream), null,
        TestIssuer.get().token().subject("union-hightech").roles("UNION").jurisdictions(HIGH_TECH_ZONE).mint())) {
      assertThat(stream.status()).isEqualTo(404);
    }
    String webhook = "{\"url\":\"http://127.0.0.1:1/hook\",\"secret\":\"0123456789abcdef\"}";
    assertThat(zoneUnion.put("/api/unions/union-" + TAICANG + "/webhook", webhook).statusCode()).isEqualTo(404);
    assertThat(zoneUnion.delete("/api/unions/union-" + TAICANG + "/webhook").statusCode()).isEqualTo(404);
    assertThat(zoneUnion.get("/api/unions/union-" + TAICANG + "/webhook/deliveries").statusCode()).isEqualTo(404);
    assertThat(zoneUnion.get("/api/unions/union-" + TAICANG + "/webhook/attempts").statusCode()).isEqualTo(404);
    // the city federation's feed carries Taicang's alerts too: a district union does not follow it either
    assertThat(zoneUnion.get("/api/unions/union-" + SUZHOU + "/webhook/deliveries").statusCode()).isEqualTo(404);

    // Taicang's union does reach its own; another district sees the directory entry but not its webhook URL
    ServiceHttp taicangUnion = service().as("UNION", TAICANG);
    assertThat(taicangUnion.put("/api/unions/union-" + TAICANG + "/webhook", webhook).statusCode()).isEqualTo(200);
    try {
      assertThat(taicangUnion.get("/api/unions/union-" + TAICANG).body()).contains("127.0.0.1:1/hook");
      assertThat(zoneUnion.get("/api/unions/union-" + TAICANG).body()).doesNotContain("127.0.0.1:1/hook");
      assertThat(zoneUnion.get("/api/unions?size=500").body()).doesNotContain("127.0.0.1:1/hook");
    } finally {
      assertThat(taicangUnion.delete("/api/unions/union-" + TAICANG + "/webhook").statusCode()).isEqualTo(204);
    }
    try (SseClient own = new SseClient(URI.create(service().baseUrl() + taicangStream), null,
        TestIssuer.get().token().subject("union-taicang").roles("UNION").jurisdictions(TAICANG).mint())) {
      assertThat(own.status()).isEqualTo(200);
    }
  }

  @Test
  void listsAndCsvHoldOnlyTheCallersJurisdictions_andACityCoversItsDistricts() throws Exception {
    Raised taicang = alertIn(TAICANG);
    Raised zone = alertIn(HIGH_TECH_ZONE);
    ServiceHttp zoneUnion = service().as("UNION", HIGH_TECH_ZONE);

    JsonNode zoneList = json(zoneUnion.get("/api/alerts?size=500"));
    assertThat(alertIds(zoneList)).contains(zone.alertId()).doesNotContain(taicang.alertId());
    assertThat(zoneList.get("items").valueStream().map(a -> a.get("jurisdiction").asString()))
        .containsOnly(HIGH_TECH_ZONE);
    // naming Taicang in the filters changes nothing: no Taicang alert, not even a count
    assertThat(json(zoneUnion.get("/api/alerts?jurisdiction=" + TAICANG)).get("total").asInt()).isZero();
    assertThat(json(zoneUnion.get("/api/alerts?creditCode=" + taicang.creditCode())).get("total").asInt()).isZero();
    assertThat(json(zoneUnion.get("/api/alerts?unionId=union-" + TAICANG)).get("total").asInt()).isZero();
    assertThat(zoneUnion.get("/api/alerts/export.csv").body()).contains(zone.alertId())
        .doesNotContain(taicang.alertId()).doesNotContain(taicang.creditCode());
    assertThat(json(zoneUnion.get("/api/jurisdictions/" + HIGH_TECH_ZONE + "/board")).get("openAlerts").asInt())
        .isPositive();

    ServiceHttp cityUnion = service().as("UNION", SUZHOU);
    assertThat(alertIds(json(cityUnion.get("/api/alerts?size=500")))).contains(zone.alertId(), taicang.alertId());
    assertThat(cityUnion.get("/api/alerts/export.csv").body()).contains(zone.alertId()).contains(taicang.alertId());
    assertThat(alertIds(json(cityUnion.get("/api/alerts?jurisdiction=" + SUZHOU + "&size=500"))))
        .contains(zone.alertId(), taicang.alertId());
    assertThat(cityUnion.get("/api/alerts/" + taicang.alertId()).statusCode()).isEqualTo(200);
    assertThat(cityUnion.get("/api/enterprises/" + taicang.creditCode() + "/risk").statusCode()).isEqualTo(200);
  }

  @Test
  void noOneOutsideTheMatrixReadsAlerts_andAnAuditorWritesNothing() {
    Raised taicang = alertIn(TAICANG);
    ServiceHttp enterprise = service().withToken(TestIssuer.get().token().subject("enterprise-demo")
        .roles("ENTERPRISE").jurisdictions(TAICANG).creditCode(taicang.creditCode()).mint());
    assertThat(enterprise.get("/api/alerts").statusCode()).isEqualTo(403);
    assertThat(enterprise.get("/api/enterprises/" + taicang.creditCode() + "/risk").statusCode()).isEqualTo(403);
    assertThat(service().as("MONITORING").get("/api/alerts").statusCode()).isEqualTo(403);

    ServiceHttp auditor = service().as("AUDITOR", TAICANG);
    assertThat(auditor.get("/api/alerts/" + taicang.alertId()).statusCode()).isEqualTo(200);
    HttpResponse<String> ack = auditor.post("/api/alerts/" + taicang.alertId() + "/acknowledgement", "{}");
    assertThat(ack.statusCode()).isEqualTo(403);
    assertThat(ack.body()).contains("https://wageguard.io/problems/forbidden");
    assertThat(auditor.put("/api/unions/union-" + TAICANG + "/webhook",
        "{\"url\":\"http://127.0.0.1:1/hook\",\"secret\":\"0123456789abcdef\"}").statusCode()).isEqualTo(403);
    assertThat(auditor.post("/api/unions", "{}").statusCode()).isEqualTo(403);
    assertThat(service().as("UNION", TAICANG).get("/api/alerts/" + taicang.alertId()).body())
        .contains("\"status\":\"OPEN\"");
  }

  @Test
  void anAdminKeepsTheDirectoryOnlyWithinItsJurisdictions() {
    String id = "town-union-" + UUID.randomUUID().toString().substring(0, 8);
    String entry = """
        {"id":"%s","name":"城厢镇总工会","kind":"TOWN_UNION","jurisdictions":["320585102"]}""".formatted(id);
    HttpResponse<String> outside = service().as("ADMIN", HIGH_TECH_ZONE).post("/api/unions", entry);
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(outside.body()).contains("outside-jurisdiction");
    assertThat(service().as("ADMIN", SUZHOU).post("/api/unions", entry).statusCode()).isEqualTo(201);
  }

  @Test
  void aFollowUpRecordsTheTokensSubject_notWhatTheBodyClaims() {
    Raised taicang = alertIn(TAICANG);
    String subject = "union-taicang-" + UUID.randomUUID();
    ServiceHttp union = service().withToken(TestIssuer.get().token().subject(subject).roles("UNION")
        .jurisdictions(TAICANG).mint());
    HttpResponse<String> claimed = union.post("/api/alerts/" + taicang.alertId() + "/acknowledgement",
        "{\"by\":\"someone else\",\"unionId\":\"union-320585\",\"note\":\"已联系企业\"}");
    assertThat(claimed.statusCode()).isEqualTo(400);
    assertThat(claimed.body()).contains("\"field\":\"by\"").contains("is not a known field");
    HttpResponse<String> ack = union.post("/api/alerts/" + taicang.alertId() + "/acknowledgement",
        "{\"unionId\":\"union-320585\",\"note\":\"已联系企业\"}");
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    assertThat(json(ack).get("acknowledged").get("by").asString()).isEqualTo(subject + " (union-320585)");
    TopicProbe.Seen event = probe.await(s -> "wageguard.alert.acknowledged.v1".equals(s.type())
        && taicang.alertId().equals(s.data().get("alertId").asString()));
    assertThat(event.data().get("by").asString()).startsWith(subject).doesNotContain("someone else");

    // acting for a union outside the caller's jurisdictions is refused outright
    Raised zone = alertIn(HIGH_TECH_ZONE);
    HttpResponse<String> forOther = service().as("UNION", HIGH_TECH_ZONE)
        .post("/api/alerts/" + zone.alertId() + "/resolution", "{\"unionId\":\"union-320585\"}");
    assertThat(forOther.statusCode()).isEqualTo(403);
  }

  @Test
  void aPageLargerThanTheMaximumIsAClear400() {
    for (String path : List.of("/api/alerts?size=501", "/api/unions?size=501",
        "/api/unions/union-320585/webhook/deliveries?size=501", "/api/unions/union-320585/webhook/attempts?size=501")) {
      HttpResponse<String> tooLarge = service().as("UNION", SUZHOU).get(path);
      assertThat(tooLarge.statusCode()).as(path).isEqualTo(400);
      assertThat(tooLarge.body()).as(path).contains("\"field\":\"size\"").contains("500");
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> alertIds(JsonNode page) {
    return page.get("items").valueStream().map(a -> a.get("alertId").asString()).toList();
  }
}
