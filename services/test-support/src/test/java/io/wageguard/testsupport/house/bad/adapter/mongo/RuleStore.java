package io.wageguard.testsupport.house.bad.adapter.mongo;

import io.wageguard.testsupport.house.bad.adapter.rest.RuleResponse;
import io.wageguard.testsupport.house.bad.domain.Rule;

/** Breaks the adapters' independence, and closes a cycle rest -> mongo -> rest. */
public class RuleStore {
  public Rule find(String id) {
    return new Rule(new RuleResponse(id).id(), null);
  }
}
