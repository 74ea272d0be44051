package io.wageguard.alerting.api;

import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.chassis.web.NotFoundException;
import jakarta.validation.Valid;
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
 * URL and secret at each attempt; removing the webhook cancels them.
 */
@RestController
@RequestMapping("/api/unions/{id}/webhook")
public class WebhookCommandController {

  private final MongoTemplate mongo;

  public WebhookCommandController(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @PutMapping
  UnionView register(@PathVariable String id, @Valid @RequestBody UnionRequest.WebhookRequest request) {
    UnionDocument.Webhook webhook = new UnionDocument.Webhook();
    webhook.url = request.url();
    webhook.secret = request.secret();
    return change(id, new Update().set("webhook", webhook).inc("version", 1));
  }

  @DeleteMapping
  ResponseEntity<Void> remove(@PathVariable String id) {
    change(id, new Update().unset("webhook").inc("version", 1));
    return ResponseEntity.noContent().build();
  }

  private UnionView change(String id, Update update) {
    UnionDocument changed = mongo.findAndModify(new Query(Criteria.where("_id").is(id)), update,
        org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), UnionDocument.class);
    if (changed == null) {
      throw new NotFoundException("no union " + id);
    }
    return UnionView.of(changed);
  }
}
