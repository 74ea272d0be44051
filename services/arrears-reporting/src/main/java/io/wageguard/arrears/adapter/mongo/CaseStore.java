package io.wageguard.arrears.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.wageguard.arrears.application.Cases;
import io.wageguard.arrears.application.StoredCase;
import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.CaseStatus;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.outbox.OutboxStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Cases in MongoDB: insert-if-absent, optimistic saves, the due-deadline query and the list query. */
@Repository
public class CaseStore implements Cases {

  private final MongoTemplate mongo;
  private final OutboxStore outbox;

  public CaseStore(MongoTemplate mongo, OutboxStore outbox) {
    this.outbox = outbox;
    this.mongo = mongo;
  }

  @Override
  public Optional<StoredCase> find(String caseId) {
    return Optional.ofNullable(mongo.findById(caseId, CaseDocument.class)).map(CaseDocument::toStored);
  }

  /**
   * Inserts a new case with its events, its history pending; false if a case with this id (the same submission)
   * exists already.
   */
  @Override
  public boolean insertIfAbsent(ArrearsCase opened, List<CloudEvent> events) {
    CaseDocument doc = new CaseDocument().apply(opened);
    doc.markHistoryPending();
    events.forEach(event -> doc.emit(Topic.ARREARS_EVENTS, event));
    try {
      outbox.save(doc);
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /**
   * Saves a loaded case with the events it emitted; throws OptimisticLockingFailureException if another
   * writer changed it meanwhile.
   */
  @Override
  public void save(StoredCase before, ArrearsCase next, List<CloudEvent> events) {
    CaseDocument doc = CaseDocument.changed(before, next);
    events.forEach(event -> doc.emit(Topic.ARREARS_EVENTS, event));
    outbox.save(doc);
  }

  /**
   * The cases whose next deadline is due by {@code today}: an indexed range on {@code nextDeadlineAt}, so
   * the cost grows with what is due, not with what is open.
   */
  @Override
  public List<StoredCase> findDue(LocalDate today, int limit) {
    Query due = new Query(where("nextDeadlineAt").lte(today.toString()))
        .with(Sort.by("nextDeadlineAt")).limit(limit);
    return stored(due);
  }

  /**
   * Open cases (awaiting their report) whose report deadline was computed on a provisional calendar, in id order
   * after {@code afterId} (null: from the start): an indexed range, so the cost grows with what is provisional.
   */
  @Override
  public List<StoredCase> findOpenWithProvisionalDeadline(String afterId, int limit) {
    Criteria criteria = where("calendarProvisional").is(true).and("status").is(CaseStatus.OPEN.name());
    if (afterId != null) {
      criteria = criteria.and("_id").gt(afterId);
    }
    return stored(new Query(criteria).with(Sort.by("_id")).limit(limit));
  }

  /** Cases inserted whose enterprise history has not counted them yet (a crash between the two writes). */
  @Override
  public List<StoredCase> findHistoryPending(int limit) {
    return stored(new Query(where("historyPending").is(true)).limit(limit));
  }

  @Override
  public void clearHistoryPending(String caseId) {
    mongo.updateFirst(new Query(where("_id").is(caseId)), new Update().unset("historyPending"), CaseDocument.class);
  }

  private List<StoredCase> stored(Query query) {
    return mongo.find(query, CaseDocument.class).stream().map(CaseDocument::toStored).toList();
  }

  /** The reader's reach as a criterion: its jurisdictions, or its own enterprise's cases, or both. */
  static Criteria criteria(Reach reach) {
    Criteria inJurisdictions = where("jurisdiction").in(reach.jurisdictions());
    if (reach.ownCreditCode() == null) {
      return inJurisdictions;
    }
    Criteria own = where("creditCode").is(reach.ownCreditCode());
    return reach.jurisdictions().isEmpty() ? own : new Criteria().orOperator(inJurisdictions, own);
  }

  /** A page of the cases the reader reaches that match the filters; the reach is part of the query. */
  @Override
  public Page search(Reach reach, String creditCode, String status, String jurisdiction, Boolean overdue, int page,
      int size) {
    Criteria criteria = new Criteria().andOperator(criteria(reach));
    if (creditCode != null) {
      criteria = criteria.and("creditCode").is(creditCode);
    }
    if (status != null) {
      criteria = criteria.and("status").is(status);
    }
    if (jurisdiction != null) {
      criteria = criteria.and("jurisdiction").is(jurisdiction);
    }
    if (overdue != null) {
      criteria = criteria.and("overdue").is(overdue);
    }
    Query query = new Query(criteria);
    long total = mongo.count(query, CaseDocument.class);
    query.with(Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id"))).skip((long) page * size).limit(size);
    return new Page(mongo.find(query, CaseDocument.class).stream().map(CaseDocument::toDomain).toList(), total);
  }
}
