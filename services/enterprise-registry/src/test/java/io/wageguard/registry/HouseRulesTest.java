package io.wageguard.registry;

import io.wageguard.testsupport.HouseRules;
import org.junit.jupiter.api.Test;

/** The registry lives in the one house of issue 15: a pure domain, use cases, three adapters apart, config. */
class HouseRulesTest {
  @Test
  void theRegistryKeepsTheHouseRules() {
    HouseRules.verify("io.wageguard.registry");
  }
}
