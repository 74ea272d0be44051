package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.Directory;
import io.wageguard.alerting.application.UnionDirectory;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.Valid;
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

  private final Directory directory;

  public WebhookCommandController(Directory directory) {
    this.directory = directory;
  }

  @PutMapping
  UnionView register(Caller caller, @PathVariable String id,
      @Valid @RequestBody UnionRequest.WebhookRequest request) {
    return UnionView.of(directory.registerWebhook(caller, id,
        new UnionDirectory.Webhook(request.url(), request.secret())));
  }

  @DeleteMapping
  ResponseEntity<Void> remove(Caller caller, @PathVariable String id) {
    directory.removeWebhook(caller, id);
    return ResponseEntity.noContent().build();
  }
}
