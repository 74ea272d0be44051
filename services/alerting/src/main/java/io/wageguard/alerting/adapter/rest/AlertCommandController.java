package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.AlertLifecycle;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follows alerts up: acknowledge (stops escalation) and resolve, each recorded with who (the token's subject),
 * when and a note. An alert outside the caller's jurisdictions is "not found"; acting for a union outside them
 * is forbidden.
 */
@RestController
@RequestMapping("/api/alerts/{id}")
public class AlertCommandController {

  private final AlertLifecycle lifecycle;

  public AlertCommandController(AlertLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @PostMapping("/acknowledgement")
  AlertView acknowledge(Caller caller, @PathVariable String id, @Valid @RequestBody FollowUpRequest request) {
    return AlertView.of(lifecycle.acknowledge(caller, id, request.unionId(), request.note()));
  }

  @PostMapping("/resolution")
  AlertView resolve(Caller caller, @PathVariable String id, @Valid @RequestBody FollowUpRequest request) {
    return AlertView.of(lifecycle.resolve(caller, id, request.unionId(), request.note()));
  }
}
