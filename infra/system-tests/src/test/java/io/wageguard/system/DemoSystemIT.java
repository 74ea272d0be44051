package io.wageguard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.devstack.Demo;
import io.wageguard.devstack.DevAccounts;
import io.wageguard.devstack.RunningDevstack;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code infra/devstack/run --demo}: the demo, loaded through the public APIs into the shared running system,
 * shows a new user alerts (EW-1, EW-2, EW-6), an obligation and ledgers within a minute; loading it again
 * changes nothing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DemoSystemIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void demoShowsAlertsObligationsAndLedgers_andASecondLoadChangesNothing() throws Exception {
    RunningDevstack stack = RunningSystem.get();
    List<String> warnings = Demo.load(stack);
    assertThat(warnings).as("demo warnings").isEmpty();

    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
      assertThat(alertTotal("EW-1", Demo.MACHINE_WORKS)).as("EW-1 for the new case").isEqualTo(1);
      assertThat(alertTotal("EW-2", Demo.TEXTILE_MILL)).as("EW-2 for the overdue report").isEqualTo(1);
      assertThat(alertTotal("EW-6", Demo.ZONE_ELECTRONICS)).as("EW-6 for the strike").isEqualTo(1);
    });
    JsonNode obligation = get(auditorOf(Demo.MACHINE_WORKS), "deposit-accounts",
        "/api/enterprises/" + Demo.MACHINE_WORKS + "/obligation");
    assertThat(obligation.toString()).contains("\"outcome\":\"REQUIRED\"").contains("TC-3");
    assertThat(get(auditorOf(Demo.TAICANG_CATERER), "deposit-accounts",
        "/api/enterprises/" + Demo.TAICANG_CATERER + "/obligation").toString())
        .contains("\"outcome\":\"EXEMPT\"");
    JsonNode ledger = get(auditorOf(Demo.MACHINE_WORKS), "deposit-accounts",
        "/api/enterprises/" + Demo.MACHINE_WORKS + "/ledger");
    assertThat(ledger.toString()).contains("DEMO-TC4-0001").contains("\"kind\":\"DEPOSIT\"");
    JsonNode zoneLedger = get(auditorOf(Demo.ZONE_ELECTRONICS), "deposit-accounts",
        "/api/enterprises/" + Demo.ZONE_ELECTRONICS + "/ledger");
    assertThat(zoneLedger.toString()).contains("\"kind\":\"CONTRIBUTION\"").contains("\"kind\":\"DIRECT_PAYOUT\"");

    String before = snapshot();
    assertThat(Demo.load(stack)).as("warnings of the second load").isEmpty();
    await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> assertThat(snapshot()).isEqualTo(before));
  }

  /** Counts a user sees: cases, alerts and ledger entries of the demo's enterprises. */
  static String snapshot() throws Exception {
    StringBuilder s = new StringBuilder();
    for (String code : List.of(Demo.MACHINE_WORKS, Demo.TAICANG_CATERER, Demo.TEXTILE_MILL, Demo.ZONE_RESTAURANT,
        Demo.ZONE_ELECTRONICS)) {
      s.append(code)
          .append(" cases=").append(get(DevAccounts.labourBureau(DevAccounts.jurisdictionOf(code)), "arrears-reporting",
              "/api/cases?creditCode=" + code).path("totalElements"))
          .append(" alerts=").append(get(DevAccounts.UNION_SUZHOU, "alerting", "/api/alerts?creditCode=" + code)
              .path("total"))
          .append(" enterprise-version=").append(get(DevAccounts.ADMIN, "enterprise-registry",
              "/api/enterprises/" + code).path("version"))
          .append('\n');
    }
    for (String code : List.of(Demo.MACHINE_WORKS, Demo.ZONE_ELECTRONICS)) {
      s.append(code).append(" ledger=")
          .append(get(auditorOf(code), "deposit-accounts", "/api/enterprises/" + code + "/ledger").toString()
              .split("\"entryId\"").length)
          .append('\n');
    }
    return s.toString();
  }

  static long alertTotal(String rule, String creditCode) throws Exception {
    return get(DevAccounts.UNION_SUZHOU, "alerting", "/api/alerts?rule=" + rule + "&creditCode=" + creditCode)
        .path("items").valueStream()
        .filter(a -> rule.equals(a.path("signal").asString())).count();
  }

  /** Obligations and ledgers, as the auditor of the enterprise's place. */
  static String auditorOf(String creditCode) {
    return DevAccounts.auditor(DevAccounts.jurisdictionOf(creditCode));
  }

  /** A GET as the account that must answer 200, as JSON. */
  static JsonNode get(String account, String service, String path) {
    HttpResponse<String> r = RunningSystem.get().client(account).get(service, path);
    assertThat(r.statusCode()).as(account + " " + path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
