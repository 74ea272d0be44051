package io.wageguard.registry.it;

import static io.wageguard.registry.it.RegistryFixtures.TAICANG;
import static io.wageguard.registry.it.RegistryFixtures.json;
import static io.wageguard.registry.it.RegistryFixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.registry.TestCodes;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TopicProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
@Import(RegistryTestClock.class)
class RegistrationIT {

  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("enterprise.events");
  @LocalServerPort int port;
  /** Suzhou city's labour bureau, which covers both districts these tests register in. */
  ServiceHttp http;

  @BeforeEach
  void client() {
    http = RegistryFixtures.cityBureau(port);
  }

  @Test
  void registeringIsA201WithItsLocationAndOneRegisteredEventThatConformsToTheContract() {
    String code = TestCodes.random();

    HttpResponse<String> created = RegistryFixtures.as(port, "labour-bureau-taicang", "LABOUR_BUREAU", TAICANG)
        .post("/api/enterprises", registration(code, "320585", "LEASED", 86));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/api/enterprises/" + code));
    TopicProbe.Seen seen = probe.await(s -> code.equals(s.key())
        && "wageguard.enterprise.registered.v1".equals(s.type()));
    ContractAssertions.assertConforms(seen);
    assertThat(seen.value().path("subject").asString()).isEqualTo(code);
    assertThat(seen.value().path("source").asString()).isEqualTo("/wageguard/enterprise-registry");
    JsonNode data = seen.data();
    assertThat(data.path("creditCode").asString()).isEqualTo(code);
    assertThat(data.path("jurisdiction").asString()).isEqualTo("320585");
    assertThat(data.path("premises").asString()).isEqualTo("LEASED");
    assertThat(data.path("headcount").asInt()).isEqualTo(86);
    assertThat(data.path("hasOwnUnion").asBoolean()).isTrue();
    assertThat(data.path("status").asString()).isEqualTo("ACTIVE");
    assertThat(data.path("registeredAt").asString()).isEqualTo("2026-03-16T02:00:00Z");
    assertThat(data.path("version").asInt()).isEqualTo(1);

    JsonNode got = json(http.get("/api/enterprises/" + code));
    assertThat(got.path("profile").path("name").asString()).isEqualTo("太仓恒通精密机械有限公司");
    assertThat(got.path("profile").path("since").asString()).isEqualTo("2026-03-16");
    assertThat(got.path("history").get(0).path("actor").asString()).isEqualTo("labour-bureau-taicang");
    assertThat(got.path("history").get(0).path("change").asString()).isEqualTo("REGISTERED");
  }

  @Test
  void aDuplicateRegistrationIsA409PointingAtTheExistingRecordAndEmitsNothing() {
    String code = TestCodes.random();
    assertThat(http.post("/api/enterprises", registration(code, "320585", "LEASED", 86)).statusCode())
        .isEqualTo(201);

    HttpResponse<String> again = http.post("/api/enterprises", registration(code, "320505", "OWNED", 12));

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(again.headers().firstValue("Location")).hasValue("/api/enterprises/" + code);
    assertThat(json(again).path("existing").asString()).isEqualTo("/api/enterprises/" + code);
    assertThat(json(http.get("/api/enterprises/" + code)).path("profile").path("jurisdiction").asString())
        .isEqualTo("320585");
    probe.await(s -> code.equals(s.key()));
    org.awaitility.Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
        .until(() -> probe.all(s -> code.equals(s.key())).size() == 1);
  }

  @Test
  void aWrongCheckCharacterIsAProblemNamingCreditCode() {
    String wrong = TestCodes.withWrongCheck(TestCodes.random());

    HttpResponse<String> response = http.post("/api/enterprises", registration(wrong, "320585", "LEASED", 86));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode violation = json(response).path("violations").get(0);
    assertThat(violation.path("field").asString()).isEqualTo("creditCode");
    assertThat(violation.path("rule").asString()).isEqualTo("GB32100-2015");
    assertThat(violation.path("message").asString()).contains("check character");
    assertThat(http.get("/api/enterprises/" + wrong).statusCode()).isEqualTo(404);
  }

  @Test
  void aLowerCaseCodeAndAnUnknownJurisdictionAreNamedToo() {
    String code = TestCodes.random();

    HttpResponse<String> response = http.post("/api/enterprises",
        registration(code.toLowerCase(), "320599", "LEASED", 86));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"field\":\"creditCode\"").contains("\"field\":\"jurisdiction\"")
        .contains("GB/T2260");
  }

  @Test
  void aMissingOrMalformedFieldIsA400NamingIt() {
    HttpResponse<String> missing = http.post("/api/enterprises",
        "{\"creditCode\":\"" + TestCodes.random() + "\",\"jurisdiction\":\"320585\",\"sector\":\"PRODUCTION\","
            + "\"premises\":\"LEASED\",\"headcount\":-3,\"hasOwnUnion\":true}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"name\"").contains("\"field\":\"legalRepresentative\"")
        .contains("\"field\":\"headcount\"").doesNotContain("Exception");

    HttpResponse<String> badEnum = http.post("/api/enterprises",
        registration(TestCodes.random(), "320585", "RENTED", 86));
    assertThat(badEnum.statusCode()).isEqualTo(400);
    assertThat(badEnum.body()).contains("\"field\":\"premises\"");
  }

  @Test
  void anUnknownEnterpriseIsA404() {
    HttpResponse<String> response = http.get("/api/enterprises/" + TestCodes.random());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }
}
