package io.wageguard.arrears;

import io.wageguard.testsupport.HouseRules;
import org.junit.jupiter.api.Test;

class HouseRulesTest {
  @Test
  void arrearsReportingLivesInTheOneHouse() {
    HouseRules.verify("io.wageguard.arrears");
  }
}
