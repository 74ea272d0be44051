package io.wageguard.testsupport.house.good.application;

import io.wageguard.chassis.rules.StandInRefusal;
import io.wageguard.testsupport.house.good.domain.Rule;

public class RuleService {
  private final Rules rules;

  public RuleService(Rules rules) {
    this.rules = rules;
  }

  public Rule get(String id) {
    return rules.find(id).orElseThrow(() -> new StandInRefusal("no rule " + id));
  }
}
