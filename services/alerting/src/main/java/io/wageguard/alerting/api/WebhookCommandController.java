package io.wageguard.alerting.api;

import io.wageguard.alerting.messaging.WebhookTargets;
import io.wageguard.alerting.persistence.UnionDirectory;
import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.web.NotFoundException;
import io.wageguard.chassis.web.RuleViolationException;
import io.wageguard.chassis.web.Violation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registers (or replaces) and removes a union's webhook. From then on every alert event routed to the
 * union is POSTed to it, signed with the secret (never shown again). Pending deliveries use the current
 * URL and secret at each attempt; removing the webhook cancels them. Only a caller covering the union's
 * jurisdictions reaches it (another union's is "not found"); the URL must be a public http(s) address.
 */
@RestController
@RequestMapping("/api/unions/{id}/webhook")
public class WebhookCommandController {

  private final MongoTemplate mongo;
  private final Reach reach;
  private final WebhookTargets targets;
  private final UnionDirectory directory;

  public WebhookCommandController(MongoTemplate mongo, Reach reach, WebhookTargets targets,
      UnionDirectory directory) {
    this.mongo = mongo;
    this.directory = directory;
    this.reach = reach;
    this.targets = targets;
  }

  @PutMapping
  UnionView register(Caller caller, @PathVariable String id,
      @Valid @RequestBody UnionRequest.WebhookRequest request) {
    UnionDocument union = reach.union(caller, id);
    requireAllowedTarget(targets, "url", request.url());
    UnionDocument.Webhook webhook = new UnionDocument.Webhook();
    webhook.url = request.url();
    webhook.secret = request.secret();
    return change(union.id, new Update().set("webhook", webhook).inc("version", 1));
  }

  @DeleteMapping
  ResponseEntity<Void> remove(Caller caller, @PathVariable String id) {
    change(reach.union(caller, id).id, new Update().unset("webhook").inc("version", 1));
    return ResponseEntity.noContent().build();
  }

  /** A webhook URL the service may call, or 422 naming the field and why not (SSRF). */
  static void requireAllowedTarget(WebhookTargets targets, String field, String url) {
    targets.refusal(url).ifPresent(why -> {
      throw new RuleViolationException(List.of(new Violation(field, "webhook-target", why)));
    });
  }

  private UnionView change(String id, Update update) {
    UnionDocument changed = mongo.findAndModify(new Query(Criteria.where("_id").is(id)), update,
        FindAndModifyOptions.options().returnNew(true), UnionDocument.class);
    if (changed == null) {
      throw new NotFoundException("no union " + id);
    }
    directory.changed();
    return UnionView.of(changed);
  }
}
