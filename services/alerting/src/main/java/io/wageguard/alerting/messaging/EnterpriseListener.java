package io.wageguard.alerting.messaging;

import io.wageguard.alerting.persistence.EnterpriseDocument;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps alerting's enterprise view (name, jurisdiction, own union) from enterprise.events. Each event
 * carries the snapshot and its version: an older or redelivered version changes nothing.
 */
@Component
public class EnterpriseListener {

  /** What alerting reads of an enterprise event; fields absent from an event type stay null. */
  public record EnterpriseData(String creditCode, String name, String jurisdiction, String town,
      Boolean hasOwnUnion, String status, Long version) {}

  private final MongoTemplate mongo;

  public EnterpriseListener(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @KafkaListener(topics = "enterprise.events")
  void on(CloudEvent event) {
    if (!event.type().startsWith("wageguard.enterprise.")) {
      return;
    }
    EnterpriseData d = CloudEventCodec.dataAs(event, EnterpriseData.class);
    String creditCode = d.creditCode() != null ? d.creditCode() : event.subject();
    if (creditCode == null || d.version() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " has no creditCode or version");
    }
    Update update = new Update().set("sourceVersion", d.version());
    if (d.name() != null) {
      update.set("name", d.name());
    }
    if (d.jurisdiction() != null) {
      update.set("jurisdiction", d.jurisdiction());
    }
    if (d.town() != null) {
      update.set("town", d.town());
    }
    if (d.hasOwnUnion() != null) {
      update.set("hasOwnUnion", d.hasOwnUnion());
    }
    if (d.status() != null) {
      update.set("status", d.status());
    }
    try {
      mongo.upsert(new Query(Criteria.where("_id").is(creditCode).and("sourceVersion").lt(d.version())),
          update, EnterpriseDocument.class);
    } catch (DuplicateKeyException newerKnown) {
      // the stored view is as new or newer: nothing to do
    }
  }
}
