package io.wageguard.chassis.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.Role;
import io.wageguard.testsupport.AccessMatrixCheck;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TestIssuer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 7 on the chassis: who gets in (tokens), who may do what (the matrix), which records (jurisdictions). */
@ServiceIntegrationTest
class ChassisSecurityIT {

  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static final String SUZHOU = "320500";

  @LocalServerPort int port;
  @Autowired AccessMatrix matrix;
  final TestIssuer issuer = TestIssuer.get();

  ServiceHttp service() {
    return ServiceHttp.atPort(port);
  }

  String newThing() {
    return "{\"id\":\"" + UUID.randomUUID() + "\",\"count\":1}";
  }

  @Test
  void onlyHealthAndInfoAreOpen() {
    assertThat(service().get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    HttpResponse<String> info = service().get("/actuator/info");
    assertThat(info.statusCode()).as(info.body() + " / with token: "
        + service().as("MONITORING").get("/actuator/info").statusCode()).isEqualTo(200);
    HttpResponse<String> apiDocs = service().get("/v3/api-docs");
    assertThat(apiDocs.statusCode()).isEqualTo(200);
    assertThat(apiDocs.body()).contains("\"/things/{id}\"").contains("\"bearerFormat\":\"JWT\"");
    assertThat(service().get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(service().as("UNION", SUZHOU).get("/actuator/prometheus").statusCode()).isEqualTo(403);
    HttpResponse<String> scraped = service().as("MONITORING").get("/actuator/prometheus");
    assertThat(scraped.statusCode()).as(scraped.headers().map().toString()).isEqualTo(200);
  }

  @Test
  void noTokenIsA401ProblemWithTheBearerChallenge() {
    HttpResponse<String> response = service().post("/things", newThing());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Bearer"));
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":401").contains("bearer token");
  }

  @Test
  void expiredTokenIsRefused() {
    String expired = issuer.token().roles("LABOUR_BUREAU").jurisdictions(SUZHOU)
        .expiresAt(Instant.now().minus(Duration.ofMinutes(5))).mint();
    assertRefused(expired);
  }

  @Test
  void tokenFromAnotherIssuerIsRefused() {
    assertRefused(issuer.token().roles("LABOUR_BUREAU").jurisdictions(SUZHOU)
        .issuer("http://127.0.0.1:1/not-our-issuer").mint());
  }

  @Test
  void tokenForAnotherAudienceIsRefused() {
    assertRefused(issuer.token().roles("LABOUR_BUREAU").jurisdictions(SUZHOU).audience("payroll-system").mint());
  }

  @Test
  void tokenSignedByAnUnpublishedKeyIsRefused() {
    assertRefused(issuer.token().roles("LABOUR_BUREAU").jurisdictions(SUZHOU).signedByUnknownKey().mint());
  }

  @Test
  void aRotatedKeyIsFetchedFromTheIssuerWhenFirstSeen() {
    assertThat(service().as("LABOUR_BUREAU", SUZHOU).post("/things", newThing()).statusCode()).isEqualTo(200);
    issuer.rotateKey();
    String signedWithNewKey = issuer.token().roles("LABOUR_BUREAU").jurisdictions(SUZHOU).mint();
    assertThat(service().withToken(signedWithNewKey).post("/things", newThing()).statusCode()).isEqualTo(200);
  }

  @Test
  void everyEndpointAnswersEveryRoleAsTheMatrixSays() {
    var rows = matrix.rules().stream().map(rule -> new AccessMatrixCheck.Row(rule.method().name(), rule.path(),
        rule.roles().stream().map(Role::name).collect(Collectors.toSet()))).toList();
    assertThat(AccessMatrixCheck.contradictions(service().baseUrl(), rows, Map.of(), "x")).isEmpty();
  }

  @Test
  void aRoleOutsideTheMatrixGetsA403ProblemAndNothingHappens() {
    String id = UUID.randomUUID().toString();
    HttpResponse<String> response = service().as("UNION", SUZHOU)
        .post("/things", "{\"id\":\"" + id + "\",\"count\":1}");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("https://wageguard.io/problems/forbidden");
    assertThat(service().as("ADMIN", SUZHOU).get("/things/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void anEndpointNobodyListedIsDenied() {
    assertThat(service().as("ADMIN", SUZHOU).get("/not-in-the-matrix").statusCode()).isEqualTo(403);
  }

  @Test
  void aWriteForAnotherJurisdictionIsForbidden() {
    HttpResponse<String> response = service().as("LABOUR_BUREAU", HIGH_TECH_ZONE).post("/things",
        "{\"id\":\"" + UUID.randomUUID() + "\",\"count\":1,\"jurisdiction\":\"" + TAICANG + "\"}");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("outside-jurisdiction").contains(TAICANG);
  }

  @Test
  void recordsOfAnotherJurisdictionAreNotFoundAndACityCoversItsDistricts() {
    String code = TestCreditCodes.random(TAICANG);
    assertThat(service().as("LABOUR_BUREAU", TAICANG).post("/things",
        "{\"id\":\"" + code + "\",\"count\":1,\"jurisdiction\":\"" + TAICANG + "\"}").statusCode()).isEqualTo(200);

    HttpResponse<String> otherDistrict = service().as("UNION", HIGH_TECH_ZONE).get("/things/" + code);
    assertThat(otherDistrict.statusCode()).isEqualTo(404);
    // (The 404 may echo the path, and a credit code embeds its division code: look for the record's fields.)
    assertThat(otherDistrict.body()).doesNotContain("\"count\"").doesNotContain("\"jurisdiction\"");
    assertThat(service().as("UNION", TAICANG).get("/things/" + code).statusCode()).isEqualTo(200);
    assertThat(service().as("AUDITOR", SUZHOU).get("/things/" + code).statusCode()).isEqualTo(200);
  }

  @Test
  void anEnterpriseReachesOnlyItsOwnRecords() {
    String own = TestCreditCodes.random(TAICANG);
    String other = TestCreditCodes.random(TAICANG);
    for (String code : new String[] {own, other}) {
      assertThat(service().as("LABOUR_BUREAU", TAICANG).post("/things",
          "{\"id\":\"" + code + "\",\"count\":1,\"jurisdiction\":\"" + TAICANG + "\"}").statusCode())
          .isEqualTo(200);
    }
    ServiceHttp enterprise = service().withToken(issuer.token().subject("enterprise").roles("ENTERPRISE")
        .jurisdictions(TAICANG).creditCode(own).mint());
    assertThat(enterprise.get("/things/" + own).statusCode()).isEqualTo(200);
    assertThat(enterprise.get("/things/" + other).statusCode()).isEqualTo(404);
  }

  @Test
  void unknownFieldsAreRefusedByName() {
    HttpResponse<String> response = service().as("LABOUR_BUREAU", SUZHOU)
        .post("/things", "{\"id\":\"" + UUID.randomUUID() + "\",\"count\":1,\"colour\":\"red\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"colour\"").contains("is not a known field");
  }

  @Test
  void anOversizedBodyIsA413BeforeAnythingReadsIt() {
    String huge = "{\"id\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"count\":1}";
    HttpResponse<String> response = service().as("LABOUR_BUREAU", SUZHOU).post("/things", huge);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("too-large");
  }

  @Test
  void everyWriteIsInTheAuditTrailWithWhoMadeItAndOnlyAuditorsOfThatJurisdictionReadIt() {
    String code = TestCreditCodes.random(TAICANG);
    ServiceHttp bureau = service().withToken(issuer.token().subject("bureau-" + code).roles("LABOUR_BUREAU")
        .jurisdictions(TAICANG).mint());
    assertThat(bureau.post("/things", "{\"id\":\"" + code + "\",\"count\":1,\"jurisdiction\":\"" + TAICANG + "\"}")
        .statusCode()).isEqualTo(200);
    ServiceHttp union = service().withToken(issuer.token().subject("union-" + code).roles("UNION")
        .jurisdictions(TAICANG).mint());
    assertThat(union.post("/things", newThing()).statusCode()).isEqualTo(403);

    HttpResponse<String> trail = service().as("AUDITOR", TAICANG).get("/api/audit-trail?actor=bureau-" + code);
    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.body()).contains("\"actor\":\"bureau-" + code + "\"").contains("\"method\":\"POST\"")
        .contains("\"path\":\"/things\"").contains("\"status\":200").contains("\"roles\":[\"LABOUR_BUREAU\"]");
    assertThat(service().as("AUDITOR", TAICANG).get("/api/audit-trail?actor=union-" + code).body())
        .contains("\"status\":403");
    assertThat(service().as("AUDITOR", HIGH_TECH_ZONE).get("/api/audit-trail?actor=bureau-" + code).body())
        .doesNotContain("bureau-" + code);
    assertThat(service().as("LABOUR_BUREAU", TAICANG).get("/api/audit-trail").statusCode()).isEqualTo(403);
    HttpResponse<String> tooBig = service().as("AUDITOR", TAICANG).get("/api/audit-trail?size=501");
    assertThat(tooBig.statusCode()).isEqualTo(400);
    assertThat(tooBig.body()).contains("\"field\":\"size\"");
  }

  @Test
  void anUnexpectedFailureIsA500ProblemWithATraceIdAndNoInternals() {
    HttpResponse<String> response = service().as("LABOUR_BUREAU", SUZHOU).post("/things", "{\"id\":\"boom-1\",\"count\":1}");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("internal-error").containsPattern("\"traceId\":\"[0-9a-f]{32}\"")
        .doesNotContain("IllegalStateException").doesNotContain("shard 7").doesNotContain("at io.");
  }

  @Test
  void aRuleViolationStillWinsOverTheLastResort() {
    HttpResponse<String> response = service().as("LABOUR_BUREAU", SUZHOU).post("/things", "{\"id\":\"bad-1\",\"count\":1}");
    assertThat(response.statusCode()).isEqualTo(422);
  }

  private void assertRefused(String token) {
    HttpResponse<String> response = service().withToken(token).post("/things", newThing());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).contains("invalid_token"));
    assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception").doesNotContain("at io.");
  }
}
