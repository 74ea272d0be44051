package io.wageguard.deposits;

import io.wageguard.testsupport.HouseRules;
import org.junit.jupiter.api.Test;

/** Deposit-accounts lives in the one house of issue 15: a pure domain, use cases, three adapters apart, config. */
class HouseRulesTest {
  @Test
  void depositsKeepTheHouseRules() {
    HouseRules.verify("io.wageguard.deposits");
  }
}
