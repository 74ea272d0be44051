package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.application.Feed;
import io.wageguard.alerting.application.WebhookQueue;
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
public class WebhookDeliveries implements WebhookQueue {

  private final MongoTemplate mongo;

  public WebhookDeliveries(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public boolean enqueue(Feed.Entry entry, Instant now) {
    WebhookDeliveryDocument d = new WebhookDeliveryDocument();
    d.id = entry.id();
    d.unionId = entry.unionId();
    d.seq = entry.seq();
    d.eventId = entry.eventId();
    d.type = entry.type();
    d.alertId = entry.alertId();
    d.json = entry.json();
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

  @Override
  public List<Delivery> due(Instant now, Collection<String> busyUnions, int limit) {
    Criteria criteria = Criteria.where("status").is("PENDING").and("nextAttemptAt").lte(now);
    if (!busyUnions.isEmpty()) {
      criteria = criteria.and("unionId").nin(busyUnions);
    }
    return mongo.find(new Query(criteria).with(Sort.by("nextAttemptAt", "seq")).limit(limit),
        WebhookDeliveryDocument.class).stream().map(WebhookDeliveryDocument::toDelivery).toList();
  }

  @Override
  public Delivery claim(Delivery due, Instant now, Instant leaseUntil) {
    WebhookDeliveryDocument claimed = mongo.findAndModify(
        new Query(Criteria.where("_id").is(due.id()).and("status").is("PENDING").and("nextAttemptAt").lte(now)),
        new Update().inc("attempts", 1).set("nextAttemptAt", leaseUntil),
        FindAndModifyOptions.options().returnNew(true), WebhookDeliveryDocument.class);
    return claimed == null ? null : claimed.toDelivery();
  }

  @Override
  public void delivered(Delivery d, int statusCode, Instant at) {
    mongo.updateFirst(new Query(Criteria.where("_id").is(d.id())), new Update().set("status", "DELIVERED")
        .set("deliveredAt", at).set("lastStatusCode", statusCode).unset("lastError").unset("nextAttemptAt"),
        WebhookDeliveryDocument.class);
  }

  @Override
  public void retryAt(Delivery d, Integer statusCode, String error, Instant next) {
    mongo.updateFirst(new Query(Criteria.where("_id").is(d.id())), failure(statusCode, error)
        .set("nextAttemptAt", next), WebhookDeliveryDocument.class);
  }

  @Override
  public void finished(Delivery d, String status, Integer statusCode, String error) {
    mongo.updateFirst(new Query(Criteria.where("_id").is(d.id())), failure(statusCode, error).set("status", status)
        .unset("nextAttemptAt"), WebhookDeliveryDocument.class);
  }

  private static Update failure(Integer statusCode, String error) {
    Update update = new Update().set("lastError", error);
    return statusCode == null ? update.unset("lastStatusCode") : update.set("lastStatusCode", statusCode);
  }

  @Override
  public void log(Attempt attempt) {
    mongo.insert(WebhookAttemptDocument.of(attempt));
  }

  @Override
  public List<Attempt> attempts(String unionId, String eventId, int page, int size) {
    Criteria criteria = Criteria.where("unionId").is(unionId);
    if (eventId != null) {
      criteria = criteria.and("eventId").is(eventId);
    }
    return mongo.find(new Query(criteria).with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("attempt")))
        .skip((long) page * size).limit(size), WebhookAttemptDocument.class).stream()
        .map(WebhookAttemptDocument::toAttempt).toList();
  }

  @Override
  public List<Delivery> deliveries(String unionId, String status, int page, int size) {
    Criteria criteria = Criteria.where("unionId").is(unionId);
    if (status != null) {
      criteria = criteria.and("status").is(status);
    }
    return mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "seq"))
        .skip((long) page * size).limit(size), WebhookDeliveryDocument.class).stream()
        .map(WebhookDeliveryDocument::toDelivery).toList();
  }
}
