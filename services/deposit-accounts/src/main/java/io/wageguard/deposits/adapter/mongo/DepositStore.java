package io.wageguard.deposits.adapter.mongo;

import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.chassis.outbox.OutboxStore;
import io.wageguard.deposits.application.DepositRecord;
import io.wageguard.deposits.application.Deposits;
import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Deposits in MongoDB, collection {@value DepositDocument#COLLECTION}: a record's state, its consumed event ids and
 * its pending events are one document, written at once by the chassis' {@link OutboxStore} (optimistic locking on
 * the version); the relay publishes the events.
 */
@Component
public class DepositStore implements Deposits {

  private final MongoTemplate mongo;
  private final OutboxRelay relay;
  private final OutboxStore outbox;

  public DepositStore(MongoTemplate mongo, OutboxRelay relay, OutboxStore outbox) {
    this.mongo = mongo;
    this.relay = relay;
    this.outbox = outbox;
  }

  @PostConstruct
  void init() {
    mongo.indexOps(DepositDocument.COLLECTION).createIndex(new Index("nextDueDate", Sort.Direction.ASC).sparse());
    mongo.indexOps(DepositDocument.COLLECTION).createIndex(new Index("jurisdiction", Sort.Direction.ASC));
    relay.register(DepositDocument.COLLECTION);
  }

  @Override
  public Optional<DepositRecord> find(String creditCode) {
    return Optional.ofNullable(mongo.findById(creditCode, DepositDocument.class)).map(DepositStore::toRecord);
  }

  @Override
  public DepositRecord save(DepositRecord record) {
    DepositDocument doc = new DepositDocument(record.creditCode(), record.version(), record.appliedEventIds(),
        record.deposit());
    record.emitted().forEach(event -> doc.emit(Topic.DEPOSIT_EVENTS, event));
    return toRecord(outbox.save(doc));
  }

  @Override
  public List<String> dueBefore(LocalDate day, int limit) {
    Query query = new Query(Criteria.where("nextDueDate").lt(day.toString())).limit(limit);
    query.fields().include("_id");
    return mongo.find(query, org.bson.Document.class, DepositDocument.COLLECTION).stream()
        .map(found -> found.getString("_id")).toList();
  }

  @Override
  public List<DepositRecord> inJurisdictions(Collection<String> jurisdictions) {
    return mongo.find(new Query(Criteria.where("jurisdiction").in(jurisdictions)).with(Sort.by("_id")),
        DepositDocument.class).stream().map(DepositStore::toRecord).toList();
  }

  private static DepositRecord toRecord(DepositDocument doc) {
    return new DepositRecord(doc.getId(), doc.getVersion(), doc.getJurisdiction(), doc.getAppliedEventIds(),
        doc.getDeposit());
  }
}
