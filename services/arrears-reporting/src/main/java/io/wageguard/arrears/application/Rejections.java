package io.wageguard.arrears.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.arrears.messaging.ArrearsEvents;
import io.wageguard.arrears.persistence.RejectionDocument;
import io.wageguard.chassis.events.EventIds;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.arrears.domain.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps a rejected submission with its reasons and answers it with submission-rejected, once per submission id. */
@Component
public class Rejections {

  private final MongoTemplate mongo;
  private final ArrearsEvents events;
  private final OutboxRelay relay;
  private final Clock clock;
  private final MeterRegistry meters;

  public Rejections(MongoTemplate mongo, ArrearsEvents events, OutboxRelay relay, Clock clock, MeterRegistry meters) {
    this.mongo = mongo;
    this.events = events;
    this.relay = relay;
    this.clock = clock;
    this.meters = meters;
  }

  public void reject(String submissionId, String subject, String creditCode, List<Violation> reasons) {
    Instant now = clock.instant();
    RejectionDocument doc = new RejectionDocument();
    doc.id = EventIds.nameBased("wageguard.arrears.rejection", submissionId);
    doc.submissionId = submissionId;
    doc.creditCode = creditCode;
    doc.receivedAt = now;
    doc.reasons = reasons.stream().map(v -> new RejectionDocument.Reason(v.field(), v.rule(), v.message())).toList();
    doc.emit(Topic.ARREARS_EVENTS, events.submissionRejected(submissionId, subject, creditCode, reasons, now));
    try {
      mongo.insert(doc);
    } catch (DuplicateKeyException alreadyRejected) {
      return;
    }
    relay.wakeUpInserted(mongo.getCollectionName(RejectionDocument.class), doc.id, doc.getOutbox());
    reasons.stream().map(Violation::rule).distinct().forEach(rule ->
        meters.counter("wageguard.arrears.submissions.rejected", "rule", rule).increment());
  }
}
