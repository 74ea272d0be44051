package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.Directory;
import io.wageguard.alerting.application.WebhookQueue;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A union's webhook deliveries (PENDING, DELIVERED, FAILED, CANCELLED) and every attempt, newest first; only
 * for callers covering the union's jurisdictions.
 */
@RestController
@RequestMapping("/api/unions/{id}/webhook")
public class WebhookQueryController {

  public record AttemptView(String deliveryId, String eventId, String type, long seq, int attempt, Instant at,
      String url, Integer statusCode, String error, long durationMs, String outcome, Instant nextAttemptAt) {

    static AttemptView of(WebhookQueue.Attempt a) {
      return new AttemptView(a.deliveryId(), a.eventId(), a.type(), a.seq(), a.attempt(), a.at(), a.url(),
          a.statusCode(), a.error(), a.durationMs(), a.outcome(), a.nextAttemptAt());
    }
  }

  public record DeliveryView(String deliveryId, String eventId, String type, String alertId, long seq,
      String status, int attempts, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt,
      Integer lastStatusCode, String lastError) {

    static DeliveryView of(WebhookQueue.Delivery d) {
      return new DeliveryView(d.id(), d.eventId(), d.type(), d.alertId(), d.seq(), d.status(), d.attempts(),
          d.nextAttemptAt(), d.createdAt(), d.deliveredAt(), d.lastStatusCode(), d.lastError());
    }
  }

  private final Directory directory;

  public WebhookQueryController(Directory directory) {
    this.directory = directory;
  }

  @GetMapping("/attempts")
  List<AttemptView> attempts(Caller caller, @PathVariable String id,
      @RequestParam(required = false) String eventId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(AlertQueryController.MAX_PAGE_SIZE) int size) {
    return directory.attempts(caller, id, eventId, page, size).stream().map(AttemptView::of).toList();
  }

  @GetMapping("/deliveries")
  List<DeliveryView> deliveries(Caller caller, @PathVariable String id,
      @RequestParam(required = false) @Pattern(regexp = "PENDING|DELIVERED|FAILED|CANCELLED") String status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(AlertQueryController.MAX_PAGE_SIZE) int size) {
    return directory.deliveries(caller, id, status, page, size).stream().map(DeliveryView::of).toList();
  }

}
