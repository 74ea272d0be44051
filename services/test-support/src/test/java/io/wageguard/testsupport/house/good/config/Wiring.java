package io.wageguard.testsupport.house.good.config;

import io.wageguard.testsupport.house.good.adapter.mongo.RuleStore;
import io.wageguard.testsupport.house.good.adapter.rest.RuleController;
import io.wageguard.testsupport.house.good.application.RuleService;

public class Wiring {
  public RuleController controller() {
    return new RuleController(new RuleService(new RuleStore()));
  }
}
