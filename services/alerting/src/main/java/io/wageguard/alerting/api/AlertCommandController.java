package io.wageguard.alerting.api;

import io.wageguard.alerting.persistence.AlertLifecycle;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Follows alerts up: acknowledge (stops escalation) and resolve, each with who, when and a note. */
@RestController
@RequestMapping("/api/alerts/{id}")
public class AlertCommandController {

  private final AlertLifecycle lifecycle;

  public AlertCommandController(AlertLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @PostMapping("/acknowledgement")
  AlertView acknowledge(@PathVariable String id, @Valid @RequestBody FollowUpRequest request) {
    return AlertView.of(lifecycle.acknowledge(id, request.by(), request.unionId(), request.note()));
  }

  @PostMapping("/resolution")
  AlertView resolve(@PathVariable String id, @Valid @RequestBody FollowUpRequest request) {
    return AlertView.of(lifecycle.resolve(id, request.by(), request.unionId(), request.note()));
  }
}
