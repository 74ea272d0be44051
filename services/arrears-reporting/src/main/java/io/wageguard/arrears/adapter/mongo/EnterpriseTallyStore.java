package io.wageguard.arrears.adapter.mongo;

import io.wageguard.arrears.application.EnterpriseTallies;
import io.wageguard.arrears.application.EnterpriseTally;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxStore;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The tallies in {@code enterpriseArrears}: a new one inserted, a read one saved with its version and its event. */
@Repository
public class EnterpriseTallyStore implements EnterpriseTallies {

  private final MongoTemplate mongo;
  private final OutboxStore outbox;

  public EnterpriseTallyStore(MongoTemplate mongo, OutboxStore outbox) {
    this.mongo = mongo;
    this.outbox = outbox;
  }

  @Override
  public Optional<EnterpriseTally> find(String creditCode) {
    return Optional.ofNullable(mongo.findById(creditCode, EnterpriseArrearsDocument.class)).map(doc -> {
      EnterpriseTally tally = new EnterpriseTally();
      tally.creditCode = doc.creditCode;
      tally.version = doc.version;
      tally.jurisdiction = doc.jurisdiction;
      tally.wageMonths = doc.wageMonths == null ? new ArrayList<>() : new ArrayList<>(doc.wageMonths);
      tally.thresholdReached = doc.thresholdReached;
      tally.monthsInRow = doc.monthsInRow;
      tally.monthsInTotal = doc.monthsInTotal;
      tally.countedCases = doc.countedCases == null ? new ArrayList<>() : new ArrayList<>(doc.countedCases);
      return tally;
    });
  }

  @Override
  public void save(EnterpriseTally tally, Optional<CloudEvent> event) {
    EnterpriseArrearsDocument doc = new EnterpriseArrearsDocument();
    doc.creditCode = tally.creditCode;
    doc.version = tally.version;
    doc.jurisdiction = tally.jurisdiction;
    doc.wageMonths = tally.wageMonths;
    doc.thresholdReached = tally.thresholdReached;
    doc.monthsInRow = tally.monthsInRow;
    doc.monthsInTotal = tally.monthsInTotal;
    doc.countedCases = tally.countedCases;
    event.ifPresent(e -> doc.emit(Topic.ARREARS_EVENTS, e));
    outbox.save(doc);
  }
}
