package io.wageguard.alerting.api;

import io.wageguard.alerting.persistence.AlertLifecycle;
import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.web.ForbiddenException;
import jakarta.validation.Valid;
import org.springframework.data.mongodb.core.MongoTemplate;
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
  private final Reach reach;
  private final MongoTemplate mongo;

  public AlertCommandController(AlertLifecycle lifecycle, Reach reach, MongoTemplate mongo) {
    this.lifecycle = lifecycle;
    this.reach = reach;
    this.mongo = mongo;
  }

  @PostMapping("/acknowledgement")
  AlertView acknowledge(Caller caller, @PathVariable String id, @Valid @RequestBody FollowUpRequest request) {
    check(caller, id, request);
    return AlertView.of(lifecycle.acknowledge(id, caller.subject(), request.unionId(), request.note()));
  }

  @PostMapping("/resolution")
  AlertView resolve(Caller caller, @PathVariable String id, @Valid @RequestBody FollowUpRequest request) {
    check(caller, id, request);
    return AlertView.of(lifecycle.resolve(id, caller.subject(), request.unionId(), request.note()));
  }

  private void check(Caller caller, String id, FollowUpRequest request) {
    reach.alert(caller, id);
    if (request.unionId() != null) {
      UnionDocument union = mongo.findById(request.unionId(), UnionDocument.class);
      if (union != null && !reach.reaches(caller, union)) {
        throw new ForbiddenException("Union " + request.unionId() + " is outside the jurisdictions of "
            + caller.subject());
      }
    }
  }
}
