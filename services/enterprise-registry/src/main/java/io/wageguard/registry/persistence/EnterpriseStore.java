package io.wageguard.registry.persistence;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxEvent;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.registry.domain.Enterprise;
import io.wageguard.registry.domain.Grade;
import io.wageguard.registry.domain.Premises;
import io.wageguard.registry.domain.Sector;
import io.wageguard.registry.domain.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Enterprises in MongoDB; every write stores the state and the events it emits in one document write. */
@Repository
public class EnterpriseStore {

  private final MongoTemplate mongo;
  private final OutboxRelay relay;

  public EnterpriseStore(MongoTemplate mongo, OutboxRelay relay) {
    this.mongo = mongo;
    this.relay = relay;
    relay.register(EnterpriseDocument.COLLECTION);
  }

  /** A loaded enterprise with the document it came from (its lock version and pending outbox). */
  public record Loaded(Enterprise enterprise, EnterpriseDocument document) {}

  public Optional<Loaded> load(String creditCode) {
    return Optional.ofNullable(mongo.findById(creditCode, EnterpriseDocument.class))
        .map(doc -> new Loaded(doc.toDomain(), doc));
  }

  public boolean exists(String creditCode) {
    return mongo.exists(Query.query(Criteria.where("_id").is(creditCode)), EnterpriseDocument.class);
  }

  /** Inserts a new enterprise with its events; a concurrent registration of the same code fails on the _id. */
  public void insert(Enterprise enterprise, List<CloudEvent> events) throws DuplicateKeyException {
    EnterpriseDocument doc = EnterpriseDocument.of(enterprise);
    events.forEach(event -> doc.emit(Topic.ENTERPRISE_EVENTS, event));
    mongo.insert(doc);
    relay.wakeUpInserted(EnterpriseDocument.COLLECTION, enterprise.creditCode(), doc.getOutbox());
  }

  private static final Set<String> NOT_STATE = Set.of("_id", "_class", "lockVersion", "outbox", "outboxPending");

  /**
   * Saves a changed enterprise and appends its events to the outbox, in one update of the document. Fails with
   * OptimisticLockingFailureException (409) if the enterprise changed since it was loaded. The outbox is
   * appended to, never rewritten: rewriting it from the loaded copy would send again the events the relay
   * published and removed meanwhile.
   */
  public void update(Loaded loaded, List<CloudEvent> events) {
    org.bson.Document state = new org.bson.Document();
    mongo.getConverter().write(EnterpriseDocument.of(loaded.enterprise()), state);
    Update update = new Update();
    state.forEach((field, value) -> {
      if (!NOT_STATE.contains(field)) {
        update.set(field, value);
      }
    });
    update.inc("lockVersion", 1);
    if (!events.isEmpty()) {
      update.push("outbox").each(events.stream()
          .map(event -> mongo.getConverter().convertToMongoType(OutboxEvent.of(Topic.ENTERPRISE_EVENTS, event)))
          .toArray());
      OutboxRelay.markPending(update);
    }
    Query unchangedSinceLoaded = Query.query(Criteria.where("_id").is(loaded.enterprise().creditCode())
        .and("lockVersion").is(loaded.document().getLockVersion()));
    if (mongo.updateFirst(unchangedSinceLoaded, update, EnterpriseDocument.COLLECTION).getMatchedCount() == 0) {
      throw new OptimisticLockingFailureException(
          "enterprise " + loaded.enterprise().creditCode() + " was changed meanwhile");
    }
    relay.wakeUp(EnterpriseDocument.COLLECTION, loaded.enterprise().creditCode());
  }

  public record Filter(String jurisdiction, Sector sector, Premises premises, Status status, Grade rating,
      Integer ratingYear) {}

  /**
   * Which enterprises a reader reaches: those registered in {@code jurisdictions}, and the one with
   * {@code ownCreditCode} (an enterprise's own record; null for readers that are not enterprises).
   */
  public record Reach(Set<String> jurisdictions, String ownCreditCode) {
    public Reach {
      jurisdictions = Set.copyOf(jurisdictions);
    }

    Criteria criteria() {
      Criteria inJurisdictions = Criteria.where("jurisdiction").in(jurisdictions);
      if (ownCreditCode == null) {
        return inJurisdictions;
      }
      Criteria own = Criteria.where("_id").is(ownCreditCode);
      return jurisdictions.isEmpty() ? own : new Criteria().orOperator(inJurisdictions, own);
    }
  }

  /** A page of the enterprises the reader reaches that match the filter; the reach is part of the query. */
  public Page<EnterpriseDocument> search(Filter filter, Reach reach, int page, int size) {
    List<Criteria> all = new ArrayList<>();
    all.add(reach.criteria());
    if (filter.jurisdiction() != null) {
      all.add(Criteria.where("jurisdiction").is(filter.jurisdiction()));
    }
    if (filter.sector() != null) {
      all.add(Criteria.where("sector").is(filter.sector()));
    }
    if (filter.premises() != null) {
      all.add(Criteria.where("premises").is(filter.premises()));
    }
    if (filter.status() != null) {
      all.add(Criteria.where("status").is(filter.status()));
    }
    if (filter.ratingYear() != null) {
      Criteria byYear = Criteria.where("gradeByYear." + filter.ratingYear());
      all.add(filter.rating() != null ? byYear.is(filter.rating()) : byYear.exists(true));
    } else if (filter.rating() != null) {
      all.add(Criteria.where("latestGrade").is(filter.rating()));
    }
    Query query = new Query(new Criteria().andOperator(all));
    long total = mongo.count(query, EnterpriseDocument.class);
    PageRequest pageable = PageRequest.of(page, size, Sort.by("_id"));
    List<EnterpriseDocument> content = mongo.find(Query.of(query).with(pageable), EnterpriseDocument.class);
    return new PageImpl<>(content, pageable, total);
  }
}
