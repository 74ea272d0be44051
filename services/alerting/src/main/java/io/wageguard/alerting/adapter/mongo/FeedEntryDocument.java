package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.application.Feed;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One alert event as delivered to one union: the union's feed, read by its SSE stream and its webhook.
 * The id is {@code unionId/eventId}, so the same event never enters a union's feed twice; {@code seq}
 * increases per union and is the SSE {@code id:}.
 */
@Document(FeedEntryDocument.COLLECTION)
@CompoundIndex(name = "union_seq", def = "{'unionId': 1, 'seq': 1}", unique = true)
public class FeedEntryDocument {

  public static final String COLLECTION = "feed";

  @Id
  public String id;
  public String unionId;
  public long seq;
  public String eventId;
  public String type;
  public String alertId;
  /** The CloudEvent exactly as sent (SSE data, webhook body). */
  public String json;
  public Instant at;

  public static String idOf(String unionId, String eventId) {
    return unionId + "/" + eventId;
  }

  public Feed.Entry toEntry() {
    return new Feed.Entry(id, unionId, seq, eventId, type, alertId, json, at);
  }
}
