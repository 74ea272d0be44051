package io.wageguard.testsupport.house.good.adapter.rest;

import io.wageguard.testsupport.house.good.application.RuleService;
import java.util.NoSuchElementException;

public class RuleController {
  private final RuleService service;

  public RuleController(RuleService service) {
    this.service = service;
  }

  public String get(String id) {
    if (id.isBlank()) {
      throw new NoSuchElementException("no rule");
    }
    return service.get(id).id();
  }
}
