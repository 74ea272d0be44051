package io.wageguard.alerting.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The webhook delivery queue and its attempt log. */
@Component
public class WebhookDeliveries {

  private final MongoTemplate mongo;

  public WebhookDeliveries(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Queues the entry for the union's webhook unless it is queued already. @return true if new */
  public boolean enqueue(FeedEntryDocument entry, Instant now) {
    WebhookDeliveryDocument d = new WebhookDeliveryDocument();
    d.id = entry.id;
    d.unionId = entry.unionId;
    d.seq = entry.seq;
    d.eventId = entry.eventId;
    d.type = entry.type;
    d.alertId = entry.alertId;
    d.json = entry.json;
    d.status = "PENDING";
    d.attempts = 0;
    d.nextAttemptAt = now;
    d.createdAt = now;
    try {
      mongo.insert(d);
      return true;
    } catch (DuplicateKeyException queuedBefore) {
      return false;
    }
  }

  /** Pending deliveries due now, oldest due first, leaving out unions that already have one in flight here. */
  public List<WebhookDeliveryDocument> due(Instant now, Collection<String> busyUnions, int limit) {
    Criteria criteria = Criteria.where("status").is("PENDING").and("nextAttemptAt").lte(now);
    if (!busyUnions.isEmpty()) {
      criteria = criteria.and("unionId").nin(busyUnions);
    }
    return mongo.find(new Query(criteria).with(Sort.by("nextAttemptAt", "seq")).limit(limit),
        WebhookDeliveryDocument.class);
  }

  /**
   * Claims a due delivery for one attempt: counts the attempt and pushes nextAttemptAt past the lease, so
   * no other worker (here or in another instance) takes it meanwhile. Null if someone else claimed it.
   */
  public WebhookDeliveryDocument claim(WebhookDeliveryDocument due, Instant now, Instant leaseUntil) {
    return mongo.findAndModify(
        new Query(Criteria.where("_id").is(due.id).and("status").is("PENDING").and("nextAttemptAt").lte(now)),
        new Update().inc("attempts", 1).set("nextAttemptAt", leaseUntil),
        FindAndModifyOptions.options().returnNew(true), WebhookDeliveryDocument.class);
  }

  public void delivered(WebhookDeliveryDocument d, int statusCode, Instant at) {
    mongo.updateFirst(new Query(Criteria.where("_id").is(d.id)), new Update().set("status", "DELIVERED")
        .set("deliveredAt", at).set("lastStatusCode", statusCode).unset("lastError").unset("nextAttemptAt"),
        WebhookDeliveryDocument.class);
  }

  public void retryAt(WebhookDeliveryDocument d, Integer statusCode, String error, Instant next) {
    mongo.updateFirst(new Query(Criteria.where("_id").is(d.id)), failure(statusCode, error)
        .set("nextAttemptAt", next), WebhookDeliveryDocument.class);
  }

  public void finished(WebhookDeliveryDocument d, String status, Integer statusCode, String error) {
    mongo.updateFirst(new Query(Criteria.where("_id").is(d.id)), failure(statusCode, error).set("status", status)
        .unset("nextAttemptAt"), WebhookDeliveryDocument.class);
  }

  private static Update failure(Integer statusCode, String error) {
    Update update = new Update().set("lastError", error);
    return statusCode == null ? update.unset("lastStatusCode") : update.set("lastStatusCode", statusCode);
  }

  public void log(WebhookAttemptDocument attempt) {
    mongo.insert(attempt);
  }

  public List<WebhookAttemptDocument> attempts(String unionId, String eventId, int page, int size) {
    Criteria criteria = Criteria.where("unionId").is(unionId);
    if (eventId != null) {
      criteria = criteria.and("eventId").is(eventId);
    }
    return mongo.find(new Query(criteria).with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("attempt")))
        .skip((long) page * size).limit(size), WebhookAttemptDocument.class);
  }

  public List<WebhookDeliveryDocument> deliveries(String unionId, String status, int page, int size) {
    Criteria criteria = Criteria.where("unionId").is(unionId);
    if (status != null) {
      criteria = criteria.and("status").is(status);
    }
    return mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "seq"))
        .skip((long) page * size).limit(size), WebhookDeliveryDocument.class);
  }
}
