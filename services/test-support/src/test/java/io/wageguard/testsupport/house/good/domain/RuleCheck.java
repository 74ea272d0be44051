package io.wageguard.testsupport.house.good.domain;

import io.wageguard.chassis.rules.StandInRefusal;

/** A domain may refuse with the chassis' refusals (chassis.rules). */
public final class RuleCheck {
  private RuleCheck() {}

  public static Rule require(String id) {
    if (id == null || id.isBlank()) {
      throw new StandInRefusal("id: required (P-1)");
    }
    return new Rule(id);
  }
}
