package io.wageguard.registry.adapter.mongo;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxEvent;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.registry.application.Enterprises;
import io.wageguard.registry.domain.Enterprise;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Enterprises in MongoDB; every write stores the state and the events it emits in one document write. */
@Repository
public class EnterpriseStore implements Enterprises {

  private final MongoTemplate mongo;
  private final OutboxRelay relay;

  public EnterpriseStore(MongoTemplate mongo, OutboxRelay relay) {
    this.mongo = mongo;
    this.relay = relay;
    relay.register(EnterpriseDocument.COLLECTION);
  }

  @Override
  public Optional<Loaded> load(String creditCode) {
    return Optional.ofNullable(mongo.findById(creditCode, EnterpriseDocument.class))
        .map(doc -> new Loaded(doc.toDomain(), doc.getLockVersion()));
  }

  @Override
  public boolean exists(String creditCode) {
    return mongo.exists(Query.query(Criteria.where("_id").is(creditCode)), EnterpriseDocument.class);
  }

  /** Inserts a new enterprise with its events; a concurrent registration of the same code fails on the _id. */
  @Override
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
  @Override
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
        .and("lockVersion").is(loaded.lockVersion()));
    if (mongo.updateFirst(unchangedSinceLoaded, update, EnterpriseDocument.COLLECTION).getMatchedCount() == 0) {
      throw new OptimisticLockingFailureException(
          "enterprise " + loaded.enterprise().creditCode() + " was changed meanwhile");
    }
    relay.wakeUp(EnterpriseDocument.COLLECTION, loaded.enterprise().creditCode());
  }

  /** Those registered in the reach's jurisdictions, and the enterprise's own record if it names one. */
  private static Criteria criteria(Reach reach) {
    Criteria inJurisdictions = Criteria.where("jurisdiction").in(reach.jurisdictions());
    if (reach.ownCreditCode() == null) {
      return inJurisdictions;
    }
    Criteria own = Criteria.where("_id").is(reach.ownCreditCode());
    return reach.jurisdictions().isEmpty() ? own : new Criteria().orOperator(inJurisdictions, own);
  }

  /** A page of the enterprises the reader reaches that match the filter; the reach is part of the query. */
  @Override
  public Found search(Filter filter, Reach reach, int page, int size) {
    List<Criteria> all = new ArrayList<>();
    all.add(criteria(reach));
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
    List<Summary> content = mongo.find(Query.of(query).with(pageable), EnterpriseDocument.class).stream()
        .map(EnterpriseStore::summary).toList();
    return new Found(content, total);
  }

  private static Summary summary(EnterpriseDocument doc) {
    return new Summary(doc.getId(), doc.getName(), doc.getJurisdiction(), doc.getSector(), doc.getPremises(),
        doc.getHeadcount(), doc.isHasOwnUnion(), doc.getStatus(), doc.getGradeByYear(), doc.getVersion());
  }
}
