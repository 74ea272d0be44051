package io.wageguard.chassis.mongo;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The consumed-event-id guard: a consumer records the id of each event it applies in the same
 * document update as the event's effect. The update matches only documents that have not applied the
 * event yet, so a redelivered event changes nothing.
 *
 * <p>With upsert, a redelivery against an existing document fails to match and the upsert's insert
 * collides on {@code _id}: {@link #isRedelivery(DuplicateKeyException)} tells that case apart.
 */
public final class AppliedEvents {

  public static final String FIELD = "appliedEventIds";
  /** Redeliveries come within minutes of the original; the newest ids are enough to catch them. */
  private static final int REMEMBERED = 500;

  private AppliedEvents() {}

  public static Criteria notYetApplied(Object documentId, String eventId) {
    return Criteria.where("_id").is(documentId).and(FIELD).ne(eventId);
  }

  public static Update record(Update update, String eventId) {
    return update.push(FIELD).slice(-REMEMBERED).each(eventId);
  }

  public static boolean isRedelivery(DuplicateKeyException e) {
    return e.getMessage() != null && e.getMessage().contains("_id");
  }
}
