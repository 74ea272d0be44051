package io.wageguard.registry.it;

import static io.wageguard.registry.it.RegistryFixtures.HIGH_TECH_ZONE;
import static io.wageguard.registry.it.RegistryFixtures.SUZHOU;
import static io.wageguard.registry.it.RegistryFixtures.TAICANG;
import static io.wageguard.registry.it.RegistryFixtures.json;
import static io.wageguard.registry.it.RegistryFixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.Role;
import io.wageguard.registry.TestCodes;
import io.wageguard.testsupport.AccessMatrixCheck;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestIssuer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Issue 7 in the register: who may do what (the matrix) and which enterprises each caller reaches. */
@ServiceIntegrationTest
@Import(RegistryTestClock.class)
class RegistryAccessIT {

  @LocalServerPort int port;
  @Autowired AccessMatrix matrix;

  ServiceHttp taicangBureau;
  String taicangCode;
  String zoneCode;

  @BeforeEach
  void twoEnterprisesInTwoDistricts() {
    taicangBureau = RegistryFixtures.as(port, "labour-bureau-taicang", "LABOUR_BUREAU", TAICANG);
    taicangCode = TestCodes.random(TAICANG);
    zoneCode = TestCodes.random(HIGH_TECH_ZONE);
    assertThat(taicangBureau.post("/api/enterprises", registration(taicangCode, TAICANG, "LEASED", 120))
        .statusCode()).isEqualTo(201);
    assertThat(RegistryFixtures.as(port, "labour-bureau-hightech", "LABOUR_BUREAU", HIGH_TECH_ZONE)
        .post("/api/enterprises", registration(zoneCode, HIGH_TECH_ZONE, "OWNED", 40)).statusCode()).isEqualTo(201);
  }

  ServiceHttp as(String role, String jurisdiction) {
    return ServiceHttp.atPort(port).as(role, jurisdiction);
  }

  ServiceHttp enterprise(String ownCode) {
    return ServiceHttp.atPort(port).withToken(TestIssuer.get().token().subject("enterprise-" + ownCode)
        .roles("ENTERPRISE").jurisdictions(TAICANG).creditCode(ownCode).mint());
  }

  @Test
  void everyEndpointAnswersEveryRoleAsTheMatrixSays() {
    var rows = matrix.rules().stream().map(rule -> new AccessMatrixCheck.Row(rule.method().name(), rule.path(),
        rule.roles().stream().map(Role::name).collect(Collectors.toSet()))).toList();

    assertThat(AccessMatrixCheck.contradictions(ServiceHttp.atPort(port).baseUrl(), rows,
        Map.of("creditCode", taicangCode), taicangCode)).isEmpty();
  }

  @Test
  void anEnterpriseOfAnotherDistrictIsNotFoundAndACityCoversItsDistricts() {
    for (String role : List.of("UNION", "AUDITOR", "LABOUR_BUREAU")) {
      HttpResponse<String> outside = as(role, HIGH_TECH_ZONE).get("/api/enterprises/" + taicangCode);
      assertThat(outside.statusCode()).as(role).isEqualTo(404);
      // The 404 may echo the code (which embeds its division): look for the record's fields instead.
      assertThat(outside.body()).as(role).doesNotContain("profile").doesNotContain("太仓恒通")
          .doesNotContain("history");
      assertThat(as(role, HIGH_TECH_ZONE).get("/api/enterprises/" + zoneCode).statusCode()).as(role)
          .isEqualTo(200);
    }
    HttpResponse<String> asOfOutside = as("AUDITOR", HIGH_TECH_ZONE)
        .get("/api/enterprises/" + taicangCode + "?asOf=2026-03-16");
    assertThat(asOfOutside.statusCode()).isEqualTo(404);

    ServiceHttp cityAuditor = as("AUDITOR", SUZHOU);
    assertThat(json(cityAuditor.get("/api/enterprises/" + taicangCode)).path("creditCode").asString())
        .isEqualTo(taicangCode);
    assertThat(json(cityAuditor.get("/api/enterprises/" + zoneCode)).path("creditCode").asString())
        .isEqualTo(zoneCode);
  }

  @Test
  void searchesAreNarrowedToTheCallersDistricts() {
    ServiceHttp zoneUnion = as("UNION", HIGH_TECH_ZONE);
    JsonNode everything = json(zoneUnion.get("/api/enterprises?size=200"));
    assertThat(jurisdictions(everything)).isNotEmpty().containsOnly(HIGH_TECH_ZONE);
    assertThat(codes(everything)).doesNotContain(taicangCode);
    JsonNode askedForTaicang = json(zoneUnion.get("/api/enterprises?jurisdiction=" + TAICANG));
    assertThat(askedForTaicang.path("totalElements").asLong()).isZero();
    assertThat(codes(askedForTaicang)).isEmpty();

    ServiceHttp cityAuditor = as("AUDITOR", SUZHOU);
    assertThat(codes(json(cityAuditor.get("/api/enterprises?size=200&jurisdiction=" + TAICANG))))
        .contains(taicangCode);
    assertThat(codes(json(cityAuditor.get("/api/enterprises?size=200&jurisdiction=" + HIGH_TECH_ZONE))))
        .contains(zoneCode);
  }

  @Test
  void anEnterpriseReadsOnlyItsOwnRecord() {
    ServiceHttp own = enterprise(taicangCode);
    assertThat(json(own.get("/api/enterprises/" + taicangCode)).path("profile").path("headcount").asInt())
        .isEqualTo(120);
    String neighbour = TestCodes.random(TAICANG);
    assertThat(taicangBureau.post("/api/enterprises", registration(neighbour, TAICANG, "OWNED", 9)).statusCode())
        .isEqualTo(201);
    assertThat(own.get("/api/enterprises/" + neighbour).statusCode()).isEqualTo(404);

    JsonNode listed = json(own.get("/api/enterprises?jurisdiction=" + TAICANG + "&size=200"));
    assertThat(codes(listed)).containsExactly(taicangCode);
    assertThat(listed.path("totalElements").asLong()).isEqualTo(1);
    assertThat(own.patch("/api/enterprises/" + taicangCode, "{\"headcount\":1}").statusCode()).isEqualTo(403);
  }

  @Test
  void anAuditorWritesNothing() {
    ServiceHttp auditor = as("AUDITOR", TAICANG);
    String code = TestCodes.random(TAICANG);

    HttpResponse<String> register = auditor.post("/api/enterprises", registration(code, TAICANG, "LEASED", 5));
    assertThat(register.statusCode()).isEqualTo(403);
    assertThat(register.body()).contains("https://wageguard.io/problems/forbidden");
    assertThat(auditor.patch("/api/enterprises/" + taicangCode, "{\"headcount\":1}").statusCode()).isEqualTo(403);
    assertThat(auditor.post("/api/enterprises/" + taicangCode + "/ratings", "{\"year\":2025,\"grade\":\"D\"}")
        .statusCode()).isEqualTo(403);
    assertThat(auditor.send("/api/enterprises/import", "POST", "text/csv", "x").statusCode()).isEqualTo(403);

    assertThat(taicangBureau.get("/api/enterprises/" + code).statusCode()).isEqualTo(404);
    JsonNode untouched = json(taicangBureau.get("/api/enterprises/" + taicangCode));
    assertThat(untouched.path("version").asInt()).isEqualTo(1);
  }

  @Test
  void aBureauRegistersAndChangesOnlyWithinItsDistrict() {
    ServiceHttp zoneBureau = as("LABOUR_BUREAU", HIGH_TECH_ZONE);
    String code = TestCodes.random(TAICANG);

    HttpResponse<String> intoTaicang = zoneBureau.post("/api/enterprises", registration(code, TAICANG, "LEASED", 5));
    assertThat(intoTaicang.statusCode()).isEqualTo(403);
    assertThat(intoTaicang.body()).contains("outside-jurisdiction").contains(TAICANG);
    assertThat(taicangBureau.get("/api/enterprises/" + code).statusCode()).isEqualTo(404);

    assertThat(zoneBureau.patch("/api/enterprises/" + taicangCode, "{\"headcount\":1}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> moveAway = zoneBureau.patch("/api/enterprises/" + zoneCode,
        "{\"jurisdiction\":\"" + TAICANG + "\"}");
    assertThat(moveAway.statusCode()).isEqualTo(403);
    assertThat(moveAway.body()).contains("outside-jurisdiction");
    assertThat(json(zoneBureau.get("/api/enterprises/" + zoneCode)).path("profile").path("jurisdiction")
        .asString()).isEqualTo(HIGH_TECH_ZONE);
    assertThat(json(taicangBureau.get("/api/enterprises/" + taicangCode)).path("version").asInt()).isEqualTo(1);
  }

  @Test
  void anImportRefusesTheRowsOutsideTheCallersDistrict() {
    String newInTaicang = TestCodes.random(TAICANG);
    String newInZone = TestCodes.random(HIGH_TECH_ZONE);
    String csv = String.join("\n",
        "creditCode,name,legalRepresentative,address,jurisdiction,sector,premises,headcount,hasOwnUnion",
        newInZone + ",高新区某企业,张三,高新区狮山路1号,320505,OTHER,LEASED,10,false",
        newInTaicang + ",太仓某企业,李四,太仓市城厢镇1号,320585,OTHER,LEASED,10,false",
        taicangCode + ",太仓恒通精密机械有限公司,顾建华,高新区狮山路2号,320505,PRODUCTION,LEASED,120,true",
        "");

    JsonNode report = json(as("LABOUR_BUREAU", HIGH_TECH_ZONE).send("/api/enterprises/import", "POST", "text/csv",
        csv));

    assertThat(texts(report.path("results"), "outcome")).containsExactly("REGISTERED", "REFUSED", "REFUSED");
    assertThat(report.path("results").get(1).path("reasons").get(0).path("rule").asString())
        .isEqualTo("outside-jurisdiction");
    assertThat(report.path("results").get(2).path("reasons").get(0).path("rule").asString())
        .isEqualTo("outside-jurisdiction");
    assertThat(taicangBureau.get("/api/enterprises/" + newInTaicang).statusCode()).isEqualTo(404);
    JsonNode unmoved = json(taicangBureau.get("/api/enterprises/" + taicangCode));
    assertThat(unmoved.path("profile").path("jurisdiction").asString()).isEqualTo(TAICANG);
    assertThat(unmoved.path("version").asInt()).isEqualTo(1);
  }

  @Test
  void theRecordedActorIsTheTokensSubjectWhateverAnXActorHeaderSays() throws Exception {
    String code = TestCodes.random(TAICANG);
    HttpRequest request = taicangBureau.request("/api/enterprises")
        .header("Content-Type", "application/json")
        .header("X-Actor", "someone-else")
        .POST(HttpRequest.BodyPublishers.ofString(registration(code, TAICANG, "LEASED", 30)))
        .build();
    assertThat(send(request).statusCode()).isEqualTo(201);
    HttpResponse<String> rated = RegistryFixtures.as(port, "admin", "ADMIN", SUZHOU)
        .post("/api/enterprises/" + code + "/ratings", "{\"year\":2025,\"grade\":\"B\"}");
    assertThat(rated.statusCode()).isEqualTo(200);

    JsonNode history = json(taicangBureau.get("/api/enterprises/" + code)).path("history");
    assertThat(texts(history, "actor")).containsExactly("labour-bureau-taicang", "admin");
    assertThat(as("AUDITOR", TAICANG).get("/api/audit-trail?actor=labour-bureau-taicang").body())
        .contains("\"path\":\"/api/enterprises\"").contains("\"status\":201");
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asString()).toList();
  }

  static List<String> codes(JsonNode page) {
    return texts(page.path("content"), "creditCode");
  }

  static List<String> jurisdictions(JsonNode page) {
    return texts(page.path("content"), "jurisdiction");
  }
}
