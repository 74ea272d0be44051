package io.wageguard.testsupport.house.bad.adapter.rest;

import io.wageguard.testsupport.house.bad.adapter.mongo.RuleStore;

public record RuleResponse(String id) {
  static RuleResponse of(String id) {
    return new RuleResponse(new RuleStore().find(id).id());
  }
}
