package io.wageguard.arrears.adapter.mongo;

import io.wageguard.arrears.application.Rejection;
import io.wageguard.arrears.application.RejectionRecords;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Rejections in {@code rejections}, each with its submission-rejected event in its outbox (one insert). */
@Repository
public class RejectionStore implements RejectionRecords {

  private final MongoTemplate mongo;
  private final OutboxRelay relay;

  public RejectionStore(MongoTemplate mongo, OutboxRelay relay) {
    this.mongo = mongo;
    this.relay = relay;
  }

  @Override
  public boolean insertIfAbsent(Rejection rejection, CloudEvent rejected) {
    RejectionDocument doc = new RejectionDocument();
    doc.id = rejection.id();
    doc.submissionId = rejection.submissionId();
    doc.creditCode = rejection.creditCode();
    doc.receivedAt = rejection.receivedAt();
    doc.reasons = rejection.reasons().stream()
        .map(v -> new RejectionDocument.Reason(v.field(), v.rule(), v.message())).toList();
    doc.emit(Topic.ARREARS_EVENTS, rejected);
    try {
      mongo.insert(doc);
    } catch (DuplicateKeyException alreadyRejected) {
      return false;
    }
    relay.wakeUpInserted(mongo.getCollectionName(RejectionDocument.class), doc.id, doc.getOutbox());
    return true;
  }
}
