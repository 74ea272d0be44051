package io.wageguard.alerting.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The webhook delivery queue and its attempt log (a port; the MongoDB adapter keeps them). */
public interface WebhookQueue {

  /**
   * One feed entry to POST to a union's webhook. PENDING until a 2xx (DELIVERED) or until the retry policy gives
   * up (FAILED); CANCELLED if the union removed its webhook. {@code attempts}: started so far.
   */
  record Delivery(String id, String unionId, long seq, String eventId, String type, String alertId, String json,
      String status, int attempts, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt,
      Integer lastStatusCode, String lastError) {}

  /** One attempt, successful or not: what, when, where, the answer (or error) and how long it took. */
  record Attempt(String id, String deliveryId, String unionId, long seq, String eventId, String type, int attempt,
      Instant at, String url, Integer statusCode, String error, long durationMs, String outcome,
      Instant nextAttemptAt) {}

  /** Queues the entry for the union's webhook unless it is queued already. @return true if new */
  boolean enqueue(Feed.Entry entry, Instant now);

  /** Pending deliveries due now, oldest due first, leaving out unions that already have one in flight here. */
  List<Delivery> due(Instant now, Collection<String> busyUnions, int limit);

  /**
   * Claims a due delivery for one attempt: counts the attempt and pushes nextAttemptAt past the lease, so no other
   * worker (here or in another instance) takes it meanwhile. Null if someone else claimed it.
   */
  Delivery claim(Delivery due, Instant now, Instant leaseUntil);

  void delivered(Delivery d, int statusCode, Instant at);

  void retryAt(Delivery d, Integer statusCode, String error, Instant next);

  void finished(Delivery d, String status, Integer statusCode, String error);

  void log(Attempt attempt);

  List<Attempt> attempts(String unionId, String eventId, int page, int size);

  List<Delivery> deliveries(String unionId, String status, int page, int size);
}
