package io.wageguard.alerting.api;

import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.messaging.WebhookTargets;
import io.wageguard.alerting.persistence.UnionDirectory;
import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.web.ConflictException;
import io.wageguard.chassis.web.RuleViolationException;
import io.wageguard.chassis.web.Violation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manages the union directory (the admin, within its jurisdictions: an entry naming another jurisdiction is 403).
 * A webhook given with the entry must be a public http(s) URL, as over PUT /webhook.
 */
@RestController
@RequestMapping("/api/unions")
public class UnionCommandController {

  private final MongoTemplate mongo;
  private final JurisdictionTree tree;
  private final Reach reach;
  private final WebhookTargets targets;
  private final UnionDirectory directory;

  public UnionCommandController(MongoTemplate mongo, JurisdictionTree tree, Reach reach, WebhookTargets targets,
      UnionDirectory directory) {
    this.mongo = mongo;
    this.directory = directory;
    this.tree = tree;
    this.reach = reach;
    this.targets = targets;
  }

  @PostMapping
  ResponseEntity<UnionView> create(Caller caller, @Valid @RequestBody UnionRequest request) {
    if (request.id() == null) {
      throw new RuleViolationException(List.of(new Violation("id", "schema", "must be given")));
    }
    UnionDocument doc = apply(new UnionDocument(), request);
    reach.requireCovers(caller, doc.jurisdictions);
    doc.id = request.id();
    try {
      mongo.insert(doc);
    } catch (DuplicateKeyException e) {
      throw new ConflictException("union " + request.id() + " exists", location(request.id()));
    }
    directory.changed();
    return ResponseEntity.created(location(doc.id)).body(UnionView.of(doc));
  }

  @PutMapping("/{id}")
  UnionView replace(Caller caller, @PathVariable String id, @Valid @RequestBody UnionRequest request) {
    if (request.id() != null && !request.id().equals(id)) {
      throw new RuleViolationException(List.of(new Violation("id", "schema", "differs from the path")));
    }
    UnionDocument existing = reach.union(caller, id);
    UnionDocument doc = apply(existing, request);
    reach.requireCovers(caller, doc.jurisdictions);
    if (request.webhook() == null) {
      doc.webhook = null;
    }
    UnionDocument saved = mongo.save(doc);
    directory.changed();
    return UnionView.of(saved);
  }

  private UnionDocument apply(UnionDocument doc, UnionRequest request) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < request.jurisdictions().size(); i++) {
      if (!tree.isKnown(request.jurisdictions().get(i))) {
        violations.add(new Violation("jurisdictions[" + i + "]", "schema",
            "not a jurisdiction of contracts/reference/jurisdictions.json (or a town inside one)"));
      }
    }
    if ("ENTERPRISE_UNION".equals(request.kind()) && request.creditCode() == null) {
      violations.add(new Violation("creditCode", "schema", "an enterprise union names its enterprise"));
    }
    if (request.webhook() != null) {
      targets.refusal(request.webhook().url())
          .ifPresent(why -> violations.add(new Violation("webhook.url", "webhook-target", why)));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    doc.name = request.name();
    doc.nameEn = request.nameEn();
    doc.kind = request.kind();
    doc.jurisdictions = new ArrayList<>(request.jurisdictions());
    doc.creditCode = request.creditCode();
    doc.department = request.department();
    doc.jointMeetingOf = request.jointMeetingOf() == null ? new ArrayList<>() : new ArrayList<>(request.jointMeetingOf());
    if (request.webhook() != null) {
      doc.webhook = new UnionDocument.Webhook();
      doc.webhook.url = request.webhook().url();
      doc.webhook.secret = request.webhook().secret();
    }
    return doc;
  }

  private static URI location(String id) {
    return URI.create("/api/unions/" + id);
  }
}
