package io.wageguard.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class HouseRulesTest {

  private static final String GOOD = "io.wageguard.testsupport.house.good";
  private static final String BAD = "io.wageguard.testsupport.house.bad";

  /** The good service's domain and application throw the chassis' refusals (chassis.rules): allowed. */
  @Test
  void aServiceInTheHouseLayoutPasses() {
    HouseRules.verify(GOOD, new ClassFileImporter().importPackages(GOOD));
  }

  @Test
  void eachBrokenRuleIsNamed() {
    assertThatThrownBy(() -> HouseRules.verify(BAD, new ClassFileImporter().importPackages(BAD)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("stray.Helper")
        .hasMessageContaining("domain.Rule")
        .hasMessageContaining("tools.jackson.databind.JsonNode")
        .hasMessageContaining("domain.Verdict")
        .hasMessageContaining("io.wageguard.chassis.web.StandInProblems")
        .hasMessageContaining("of the chassis the domain uses only its time rules and its refusals")
        .hasMessageContaining("application.RuleService")
        .hasMessageContaining("adapters never call each other")
        .hasMessageContaining("Cycle detected: Slice adapter.mongo");
  }
}
