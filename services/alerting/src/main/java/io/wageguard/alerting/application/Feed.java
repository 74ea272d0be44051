package io.wageguard.alerting.application;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The per-union feeds of alert events (a port; the MongoDB adapter keeps them): read by the union's SSE stream and
 * its webhook. An event enters a union's feed once, with the next sequence number of that union.
 */
public interface Feed {

  /**
   * One alert event as delivered to one union. The id is {@code unionId/eventId}; {@code seq} increases per union
   * and is the SSE {@code id:}; {@code json} is the CloudEvent exactly as sent.
   */
  record Entry(String id, String unionId, long seq, String eventId, String type, String alertId, String json,
      Instant at) {}

  /** @return the entry (new or already there) for this union and event */
  Entry append(String unionId, String eventId, String type, String alertId, String json, Instant at);

  /** The highest sequence number allocated for the union (0 if none). */
  long latestSeq(String unionId);

  List<Entry> after(String unionId, long seq, int limit);

  /** A permit is released on the returned semaphore whenever the union's feed grows in this process. */
  Semaphore subscribe(String unionId);

  void unsubscribe(String unionId, Semaphore signal);
}
