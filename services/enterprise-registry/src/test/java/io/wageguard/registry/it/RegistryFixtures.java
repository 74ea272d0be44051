package io.wageguard.registry.it;

import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.TestIssuer;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the registry's ITs share: named accounts (the history records who), request bodies, JSON. */
final class RegistryFixtures {

  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static final String SUZHOU = "320500";
  static final JsonMapper JSON = JsonMapper.builder().build();

  private RegistryFixtures() {}

  /** The service as an account of this name (the token's subject, which the history records as the actor). */
  static ServiceHttp as(int port, String subject, String role, String... jurisdictions) {
    return ServiceHttp.atPort(port).withToken(TestIssuer.get().token().subject(subject).roles(role)
        .jurisdictions(jurisdictions).mint());
  }

  /** Suzhou city's labour bureau: covers every district, so the tests of the register's own rules use it. */
  static ServiceHttp cityBureau(int port) {
    return as(port, "labour-bureau-suzhou", "LABOUR_BUREAU", SUZHOU);
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static String registration(String code, String jurisdiction, String premises, int headcount) {
    return """
        {"creditCode":"%s","name":"太仓恒通精密机械有限公司","legalRepresentative":"顾建华",
         "address":"江苏省太仓市城厢镇太平北路88号","jurisdiction":"%s","sector":"PRODUCTION",
         "premises":"%s","headcount":%d,"hasOwnUnion":true}""".formatted(code, jurisdiction, premises, headcount);
  }
}
