package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.application.WebhookQueue;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One feed entry to POST to a union's webhook. PENDING until a 2xx (DELIVERED) or until the retry policy
 * gives up (FAILED); CANCELLED if the union removed its webhook. Due deliveries are found by
 * (status, nextAttemptAt); a claim moves nextAttemptAt forward by a lease, so a crashed worker's delivery
 * is retried after the lease.
 */
@Document(WebhookDeliveryDocument.COLLECTION)
@CompoundIndexes({
    @CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}"),
    @CompoundIndex(name = "union_seq", def = "{'unionId': 1, 'seq': -1}")
})
public class WebhookDeliveryDocument {

  public static final String COLLECTION = "webhook_deliveries";

  /** Same as the feed entry's id: {@code unionId/eventId}. */
  @Id
  public String id;
  public String unionId;
  public long seq;
  public String eventId;
  public String type;
  public String alertId;
  public String json;
  /** PENDING, DELIVERED, FAILED, CANCELLED */
  public String status;
  /** Attempts started so far (incremented when one is claimed). */
  public int attempts;
  public Instant nextAttemptAt;
  public Instant createdAt;
  public Instant deliveredAt;
  public Integer lastStatusCode;
  public String lastError;

  public WebhookQueue.Delivery toDelivery() {
    return new WebhookQueue.Delivery(id, unionId, seq, eventId, type, alertId, json, status, attempts, nextAttemptAt,
        createdAt, deliveredAt, lastStatusCode, lastError);
  }
}
