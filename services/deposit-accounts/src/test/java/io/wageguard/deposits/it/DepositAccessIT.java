package io.wageguard.deposits.it;

import static io.wageguard.deposits.it.DepositAccountsIT.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.Role;
import io.wageguard.testsupport.AccessMatrixCheck;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TestIssuer;
import io.wageguard.testsupport.TopicProbe;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7 in deposit-accounts: the matrix as declared is the matrix enforced; a caller of one jurisdiction never
 * sees another's deposits; an enterprise sees only its own; auditors write nothing; writes record who made them.
 */
@ServiceIntegrationTest
class DepositAccessIT {

  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static final String SUZHOU = "320500";

  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("deposit.events");
  @LocalServerPort int port;
  @Autowired AccessMatrix matrix;

  ServiceHttp service() {
    return ServiceHttp.atPort(port);
  }

  /** A fresh enterprise registered in the jurisdiction, once deposit-accounts has assessed it. */
  String knownEnterprise(String jurisdiction) {
    String code = TestCreditCodes.random(jurisdiction);
    probe.send("enterprise.events", code, registered(code, jurisdiction, "LEASED", 50));
    probe.await(s -> code.equals(s.key()) && "wageguard.deposit.obligation-assessed.v1".equals(s.type()));
    return code;
  }

  @Test
  void everyEndpointAnswersEveryRoleAsTheMatrixSays() {
    String code = knownEnterprise(TAICANG);
    var rows = matrix.rules().stream().map(rule -> new AccessMatrixCheck.Row(rule.method().name(), rule.path(),
        rule.roles().stream().map(Role::name).collect(Collectors.toSet()))).toList();
    assertThat(AccessMatrixCheck.contradictions(service().baseUrl(), rows,
        Map.of("creditCode", code, "entryId", UUID.randomUUID().toString()), code)).isEmpty();
  }

  @Test
  void aCallerOfAnotherJurisdictionGetsNotFoundAndNeverTheData() {
    String taicang = knownEnterprise(TAICANG);
    for (String path : List.of("/status", "/ledger", "/ledger.csv", "/ledger/verification", "/facts",
        "/obligation", "/obligation/history")) {
      HttpResponse<String> answer = service().as("AUDITOR", HIGH_TECH_ZONE).get("/api/enterprises/" + taicang + path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).doesNotContain("\"balance\"").doesNotContain("\"entries\"")
          .doesNotContain("\"outcome\"").doesNotContain("\"premises\"");
    }
    // a bank of another district cannot record money on it either, nor learn that it exists
    HttpResponse<String> credit = service().as("BANK", HIGH_TECH_ZONE).post("/api/enterprises/" + taicang + "/credits",
        "{\"kind\":\"DEPOSIT\",\"amount\":\"100.00\",\"valueDate\":\"2026-01-05\"}");
    assertThat(credit.statusCode()).isEqualTo(404);
    assertThat(service().as("AUDITOR", TAICANG).get("/api/enterprises/" + taicang + "/status").statusCode())
        .isEqualTo(200);
  }

  @Test
  void listsAndCsvHoldOnlyTheCallersJurisdictions_andACityCoversItsDistricts() {
    String taicang = knownEnterprise(TAICANG);
    String zone = knownEnterprise(HIGH_TECH_ZONE);

    String zoneList = service().as("AUDITOR", HIGH_TECH_ZONE).get("/api/deposits?size=500").body();
    assertThat(zoneList).contains(zone).doesNotContain(taicang).doesNotContain("\"jurisdiction\":\"" + TAICANG);
    assertThat(service().as("AUDITOR", HIGH_TECH_ZONE).get("/api/deposits?jurisdiction=" + TAICANG).body())
        .doesNotContain(taicang).contains("\"enterprises\":0");
    assertThat(service().as("LABOUR_BUREAU", HIGH_TECH_ZONE).get("/api/deposits.csv").body())
        .contains(zone).doesNotContain(taicang).doesNotContain("," + TAICANG + ",");

    String cityList = service().as("AUDITOR", SUZHOU).get("/api/deposits?size=500").body();
    assertThat(cityList).contains(zone).contains(taicang);
    assertThat(service().as("AUDITOR", SUZHOU).get("/api/deposits.csv").body()).contains(zone).contains(taicang);
    assertThat(service().as("AUDITOR", SUZHOU).get("/api/deposits?jurisdiction=" + HIGH_TECH_ZONE + "&size=500")
        .body()).contains(zone).doesNotContain(taicang);
  }

  @Test
  void anEnterpriseReadsItsOwnDepositAndNothingElse() {
    String own = knownEnterprise(TAICANG);
    String other = knownEnterprise(TAICANG);
    ServiceHttp enterprise = service().withToken(TestIssuer.get().token().subject("enterprise-" + own)
        .roles("ENTERPRISE").jurisdictions(TAICANG).creditCode(own).mint());

    HttpResponse<String> status = enterprise.get("/api/enterprises/" + own + "/status");
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    assertThat(status.body()).contains(own);
    assertThat(enterprise.get("/api/enterprises/" + own + "/ledger").statusCode()).isEqualTo(200);
    assertThat(enterprise.get("/api/enterprises/" + own + "/obligation").statusCode()).isEqualTo(200);

    HttpResponse<String> others = enterprise.get("/api/enterprises/" + other + "/status");
    assertThat(others.statusCode()).isEqualTo(404);
    assertThat(others.body()).doesNotContain("\"balance\"");
    assertThat(enterprise.get("/api/enterprises/" + other + "/ledger").statusCode()).isEqualTo(404);
    // the lists and the facts behind the assessment are not the enterprise's to read
    assertThat(enterprise.get("/api/deposits").statusCode()).isEqualTo(403);
    assertThat(enterprise.get("/api/enterprises/" + own + "/facts").statusCode()).isEqualTo(403);
  }

  @Test
  void anAuditorWritesNothing() {
    String code = knownEnterprise(TAICANG);
    HttpResponse<String> credit = service().as("AUDITOR", TAICANG).post("/api/enterprises/" + code + "/credits",
        "{\"kind\":\"DEPOSIT\",\"amount\":\"100.00\",\"valueDate\":\"2026-01-05\"}");
    assertThat(credit.statusCode()).isEqualTo(403);
    assertThat(credit.body()).contains("https://wageguard.io/problems/forbidden");
    assertThat(service().as("AUDITOR", TAICANG).post("/api/enterprises/" + code + "/assessment", "{}")
        .statusCode()).isEqualTo(403);
    assertThat(service().as("AUDITOR", TAICANG).get("/api/enterprises/" + code + "/ledger").body())
        .contains("\"entries\":[]");
  }

  @Test
  void aWriteIsRecordedWithTheTokensSubjectAsItsActor() {
    String code = knownEnterprise(TAICANG);
    String subject = "labour-bureau-taicang-" + UUID.randomUUID();
    ServiceHttp bureau = service().withToken(TestIssuer.get().token().subject(subject).roles("LABOUR_BUREAU")
        .jurisdictions(TAICANG).mint());
    assertThat(bureau.post("/api/enterprises/" + code + "/assessment", "{}").statusCode()).isEqualTo(200);

    HttpResponse<String> trail = service().as("AUDITOR", TAICANG).get("/api/audit-trail?actor=" + subject);
    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.body()).contains("\"actor\":\"" + subject + "\"")
        .contains("\"path\":\"/api/enterprises/" + code + "/assessment\"").contains("\"status\":200");
  }

  @Test
  void aPageLargerThanTheMaximumIsAClear400() {
    HttpResponse<String> tooLarge = service().as("AUDITOR", SUZHOU).get("/api/deposits?size=501");
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(tooLarge.body()).contains("\"field\":\"size\"").contains("500");
  }
}
