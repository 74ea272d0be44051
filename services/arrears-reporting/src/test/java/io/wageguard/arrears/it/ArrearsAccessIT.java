package io.wageguard.arrears.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.Role;
import io.wageguard.testsupport.AccessMatrixCheck;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TestIssuer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 7 in arrears-reporting: who may do what (the matrix) and which cases each caller reaches. */
@ServiceIntegrationTest
@Import(TestClockConfiguration.class)
class ArrearsAccessIT {

  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static final String SUZHOU = "320500";
  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String VALID_REPORT = """
      {"deferralEndDate":"2026-10-30",
       "unionConsent":{"union":"某公司工会","person":"王建国","date":"2026-10-10"},
       "workerRepresentativeConsent":{"representatives":"李梅、赵强","date":"2026-10-10"},
       "procedure":"职代会讨论通过","responsiblePerson":"张总经理","reliefMeasures":"每人借支生活费1000元"}""";

  @LocalServerPort int port;
  @Autowired AccessMatrix matrix;
  @Autowired MutableClock clock;

  String taicangCode;
  String taicangCase;
  String zoneCode;
  String zoneCase;

  @BeforeEach
  void oneCaseInEachDistrict() {
    clock.setBusinessDate("2026-10-12");
    taicangCode = TestCreditCodes.random(TAICANG);
    taicangCase = open(as("UNION", TAICANG), taicangCode, TAICANG);
    zoneCode = TestCreditCodes.random(HIGH_TECH_ZONE);
    zoneCase = open(as("UNION", HIGH_TECH_ZONE), zoneCode, HIGH_TECH_ZONE);
  }

  ServiceHttp as(String role, String jurisdiction) {
    return ServiceHttp.atPort(port).as(role, jurisdiction);
  }

  ServiceHttp enterprise(String ownCode) {
    return ServiceHttp.atPort(port).withToken(TestIssuer.get().token().subject("enterprise-" + ownCode)
        .roles("ENTERPRISE").jurisdictions(TAICANG).creditCode(ownCode).mint());
  }

  static String submission(String submissionId, String code, String jurisdiction, String reporterRole) {
    return """
        {"submissionId":"%s","creditCode":"%s","arrearsStartDate":"2026-10-09","wageMonths":["2026-09"],
         "amountOwed":"56400.00","workersAffected":6,"reporterRole":"%s","reporter":"工会劳动法律监督办公室",
         "jurisdiction":"%s"}""".formatted(submissionId, code, reporterRole, jurisdiction);
  }

  String open(ServiceHttp reporter, String code, String jurisdiction) {
    HttpResponse<String> created = reporter.post("/api/cases",
        submission("S-" + UUID.randomUUID(), code, jurisdiction, "UNION"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).path("caseId").asString();
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static List<String> items(JsonNode page, String field) {
    return page.path("items").values().stream().map(item -> item.path(field).asString()).toList();
  }

  @Test
  void everyEndpointAnswersEveryRoleAsTheMatrixSays() {
    var rows = matrix.rules().stream().map(rule -> new AccessMatrixCheck.Row(rule.method().name(), rule.path(),
        rule.roles().stream().map(Role::name).collect(Collectors.toSet()))).toList();

    assertThat(AccessMatrixCheck.contradictions(ServiceHttp.atPort(port).baseUrl(), rows,
        Map.of("caseId", taicangCase), taicangCode)).isEmpty();
  }

  @Test
  void aCaseOfAnotherDistrictIsNotFoundAndACityCoversItsDistricts() {
    for (String role : List.of("UNION", "AUDITOR", "LABOUR_BUREAU")) {
      HttpResponse<String> outside = as(role, HIGH_TECH_ZONE).get("/api/cases/" + taicangCase);
      assertThat(outside.statusCode()).as(role).isEqualTo(404);
      assertThat(outside.body()).as(role).doesNotContain("timeline").doesNotContain("amountOwed")
          .doesNotContain(taicangCode);
      assertThat(as(role, HIGH_TECH_ZONE).get("/api/cases/" + zoneCase).statusCode()).as(role).isEqualTo(200);
    }

    ServiceHttp cityAuditor = as("AUDITOR", SUZHOU);
    assertThat(json(cityAuditor.get("/api/cases/" + taicangCase)).path("creditCode").asString())
        .isEqualTo(taicangCode);
    assertThat(json(cityAuditor.get("/api/cases/" + zoneCase)).path("creditCode").asString()).isEqualTo(zoneCode);
    assertThat(items(json(cityAuditor.get("/api/cases?creditCode=" + taicangCode)), "caseId"))
        .containsExactly(taicangCase);
    assertThat(items(json(cityAuditor.get("/api/cases?creditCode=" + zoneCode)), "caseId"))
        .containsExactly(zoneCase);
  }

  @Test
  void listsAreNarrowedToTheCallersDistricts() {
    ServiceHttp zoneUnion = as("UNION", HIGH_TECH_ZONE);
    JsonNode everything = json(zoneUnion.get("/api/cases?size=200"));
    assertThat(items(everything, "jurisdiction")).isNotEmpty().containsOnly(HIGH_TECH_ZONE);
    assertThat(items(everything, "caseId")).doesNotContain(taicangCase);
    JsonNode askedForTaicang = json(zoneUnion.get("/api/cases?creditCode=" + taicangCode + "&jurisdiction="
        + TAICANG));
    assertThat(askedForTaicang.path("totalElements").asLong()).isZero();
    assertThat(items(askedForTaicang, "caseId")).isEmpty();
  }

  @Test
  void nobodyOpensOrChangesACaseOutsideTheirDistrict() {
    String code = TestCreditCodes.random(TAICANG);
    HttpResponse<String> intoTaicang = as("UNION", HIGH_TECH_ZONE).post("/api/cases",
        submission("S-" + UUID.randomUUID(), code, TAICANG, "UNION"));
    assertThat(intoTaicang.statusCode()).isEqualTo(403);
    assertThat(intoTaicang.body()).contains("outside-jurisdiction").contains(TAICANG);
    assertThat(json(as("AUDITOR", SUZHOU).get("/api/cases?creditCode=" + code)).path("totalElements").asLong())
        .isZero();

    HttpResponse<String> settle = as("LABOUR_BUREAU", HIGH_TECH_ZONE).post(
        "/api/cases/" + taicangCase + "/settlements", "{\"amountPaid\":\"100.00\",\"settledOn\":\"2026-10-12\"}");
    assertThat(settle.statusCode()).isEqualTo(404);
    assertThat(json(as("AUDITOR", TAICANG).get("/api/cases/" + taicangCase)).path("amountPaid").asString())
        .isEqualTo("0.00");
  }

  @Test
  void aResentSubmissionIdAnswersItsCaseOnlyWithinReach() {
    String submissionId = "S-" + UUID.randomUUID();
    String body = submission(submissionId, taicangCode, TAICANG, "UNION");
    assertThat(as("UNION", TAICANG).post("/api/cases", body).statusCode()).isEqualTo(201);

    HttpResponse<String> fromOutside = as("UNION", HIGH_TECH_ZONE).post("/api/cases",
        submission(submissionId, zoneCode, HIGH_TECH_ZONE, "UNION"));
    assertThat(fromOutside.statusCode()).isEqualTo(403);
    assertThat(fromOutside.body()).doesNotContain("amountOwed").doesNotContain(taicangCode);
    assertThat(as("UNION", SUZHOU).post("/api/cases", body).statusCode()).isEqualTo(200);
  }

  @Test
  void aCallerReportsAsWhatItsTokenSaysItIs() {
    HttpResponse<String> response = as("UNION", TAICANG).post("/api/cases",
        submission("S-" + UUID.randomUUID(), TestCreditCodes.random(TAICANG), TAICANG, "LABOUR_BUREAU"));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"field\":\"reporterRole\"").contains("\"rule\":\"reporter-role\"");
  }

  @Test
  void anEnterpriseReadsItsOwnCasesAndFilesOnlyItsOwnReport() {
    ServiceHttp own = enterprise(taicangCode);
    String neighbour = TestCreditCodes.random(TAICANG);
    String neighbourCase = open(as("UNION", TAICANG), neighbour, TAICANG);

    assertThat(json(own.get("/api/cases/" + taicangCase)).path("caseId").asString()).isEqualTo(taicangCase);
    HttpResponse<String> other = own.get("/api/cases/" + neighbourCase);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("timeline");
    JsonNode listed = json(own.get("/api/cases?jurisdiction=" + TAICANG + "&size=200"));
    assertThat(items(listed, "creditCode")).isNotEmpty().containsOnly(taicangCode);

    HttpResponse<String> filed = own.post("/api/cases/" + taicangCase + "/report", VALID_REPORT);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
    assertThat(json(filed).path("valid").asBoolean()).as(filed.body()).isTrue();
    assertThat(json(filed).path("arrearsCase").path("status").asString()).isEqualTo("REPORTED");

    HttpResponse<String> forAnother = own.post("/api/cases/" + neighbourCase + "/report", VALID_REPORT);
    assertThat(forAnother.statusCode()).isEqualTo(404);
    JsonNode untouched = json(as("AUDITOR", TAICANG).get("/api/cases/" + neighbourCase));
    assertThat(untouched.path("status").asString()).isEqualTo("OPEN");
    assertThat(untouched.path("timeline").size()).isEqualTo(1);

    assertThat(own.post("/api/cases", submission("S-" + UUID.randomUUID(), taicangCode, TAICANG, "UNION"))
        .statusCode()).isEqualTo(403);
    assertThat(own.post("/api/cases/" + taicangCase + "/close",
        "{\"closedOn\":\"2026-10-12\",\"reason\":\"paid\"}").statusCode()).isEqualTo(403);
  }

  @Test
  void anAuditorWritesNothing() {
    ServiceHttp auditor = as("AUDITOR", TAICANG);
    String code = TestCreditCodes.random(TAICANG);

    HttpResponse<String> opened = auditor.post("/api/cases", submission("S-" + UUID.randomUUID(), code, TAICANG,
        "UNION"));
    assertThat(opened.statusCode()).isEqualTo(403);
    assertThat(opened.body()).contains("https://wageguard.io/problems/forbidden");
    assertThat(auditor.post("/api/cases/" + taicangCase + "/settlements",
        "{\"amountPaid\":\"100.00\",\"settledOn\":\"2026-10-12\"}").statusCode()).isEqualTo(403);
    assertThat(auditor.post("/api/cases/" + taicangCase + "/report", VALID_REPORT).statusCode()).isEqualTo(403);
    assertThat(auditor.post("/api/cases/" + taicangCase + "/close",
        "{\"closedOn\":\"2026-10-12\",\"reason\":\"paid\"}").statusCode()).isEqualTo(403);

    assertThat(json(auditor.get("/api/cases?creditCode=" + code)).path("totalElements").asLong()).isZero();
    JsonNode untouched = json(auditor.get("/api/cases/" + taicangCase));
    assertThat(untouched.path("status").asString()).isEqualTo("OPEN");
    assertThat(untouched.path("timeline").size()).isEqualTo(1);
  }

  @Test
  void theAuditTrailNamesTheTokensSubjectAsWhoWrote() {
    ServiceHttp bureau = ServiceHttp.atPort(port).withToken(TestIssuer.get().token()
        .subject("labour-bureau-taicang-" + taicangCode).roles("LABOUR_BUREAU").jurisdictions(TAICANG).mint());
    assertThat(bureau.post("/api/cases/" + taicangCase + "/settlements",
        "{\"amountPaid\":\"100.00\",\"settledOn\":\"2026-10-12\"}").statusCode()).isEqualTo(200);

    HttpResponse<String> trail = as("AUDITOR", TAICANG).get("/api/audit-trail?actor=labour-bureau-taicang-"
        + taicangCode);
    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.body()).contains("\"actor\":\"labour-bureau-taicang-" + taicangCode + "\"")
        .contains("\"path\":\"/api/cases/" + taicangCase + "/settlements\"").contains("\"status\":200");
  }

  @Test
  void aPageLargerThanTheLimitIsA400NamingSize() {
    HttpResponse<String> response = as("AUDITOR", TAICANG).get("/api/cases?size=201");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"field\":\"size\"");
  }
}
