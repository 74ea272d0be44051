package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.application.WebhookQueue;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** Every webhook attempt, successful or not: what, when, where, the answer (or error) and how long it took. */
@Document(WebhookAttemptDocument.COLLECTION)
@CompoundIndexes({
    @CompoundIndex(name = "union_at", def = "{'unionId': 1, 'at': -1}"),
    @CompoundIndex(name = "delivery_attempt", def = "{'deliveryId': 1, 'attempt': 1}")
})
public class WebhookAttemptDocument {

  public static final String COLLECTION = "webhook_attempts";

  @Id
  public String id;
  public String deliveryId;
  public String unionId;
  public long seq;
  public String eventId;
  public String type;
  public int attempt;
  public Instant at;
  public String url;
  public Integer statusCode;
  public String error;
  public long durationMs;
  /** DELIVERED, RETRY, FAILED, CANCELLED */
  public String outcome;
  public Instant nextAttemptAt;

  public static WebhookAttemptDocument of(WebhookQueue.Attempt a) {
    WebhookAttemptDocument d = new WebhookAttemptDocument();
    d.id = a.id();
    d.deliveryId = a.deliveryId();
    d.unionId = a.unionId();
    d.seq = a.seq();
    d.eventId = a.eventId();
    d.type = a.type();
    d.attempt = a.attempt();
    d.at = a.at();
    d.url = a.url();
    d.statusCode = a.statusCode();
    d.error = a.error();
    d.durationMs = a.durationMs();
    d.outcome = a.outcome();
    d.nextAttemptAt = a.nextAttemptAt();
    return d;
  }

  public WebhookQueue.Attempt toAttempt() {
    return new WebhookQueue.Attempt(id, deliveryId, unionId, seq, eventId, type, attempt, at, url, statusCode, error,
        durationMs, outcome, nextAttemptAt);
  }
}
