package io.wageguard.testsupport.house.bad.application;

import io.wageguard.testsupport.house.bad.adapter.mongo.RuleStore;
import io.wageguard.testsupport.house.bad.domain.Rule;

/** Breaks the layers: the application calls an adapter instead of a port. */
public class RuleService {
  public Rule get(String id) {
    return new RuleStore().find(id);
  }
}
