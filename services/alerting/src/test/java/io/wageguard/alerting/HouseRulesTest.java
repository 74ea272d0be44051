package io.wageguard.alerting;

import io.wageguard.testsupport.HouseRules;
import org.junit.jupiter.api.Test;

/** Alerting lives in the one house of issue 15: a pure domain, use cases, three adapters apart, config. */
class HouseRulesTest {
  @Test
  void alertingKeepsTheHouseRules() {
    HouseRules.verify("io.wageguard.alerting");
  }
}
