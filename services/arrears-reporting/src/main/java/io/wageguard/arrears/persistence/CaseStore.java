package io.wageguard.arrears.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.wageguard.arrears.domain.CaseStatus;
import io.wageguard.chassis.outbox.OutboxStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Cases in MongoDB: insert-if-absent, optimistic saves, the due-deadline query and the list query. */
@Repository
public class CaseStore {

  private final MongoTemplate mongo;
  private final OutboxStore outbox;

  public CaseStore(MongoTemplate mongo, OutboxStore outbox) {
    this.outbox = outbox;
    this.mongo = mongo;
  }

  public Optional<CaseDocument> find(String caseId) {
    return Optional.ofNullable(mongo.findById(caseId, CaseDocument.class));
  }

  /** Inserts a new case with its events; false if a case with this id (the same submission) exists already. */
  public boolean insertIfAbsent(CaseDocument doc) {
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
  public CaseDocument save(CaseDocument doc) {
    return outbox.save(doc);
  }

  /**
   * The cases whose next deadline is due by {@code today}: an indexed range on {@code nextDeadlineAt}, so
   * the cost grows with what is due, not with what is open.
   */
  public List<CaseDocument> findDue(LocalDate today, int limit) {
    Query due = new Query(where("nextDeadlineAt").lte(today.toString()))
        .with(Sort.by("nextDeadlineAt")).limit(limit);
    return mongo.find(due, CaseDocument.class);
  }

  /**
   * Open cases (awaiting their report) whose report deadline was computed on a provisional calendar, in id order
   * after {@code afterId} (null: from the start): an indexed range, so the cost grows with what is provisional.
   */
  public List<CaseDocument> findOpenWithProvisionalDeadline(String afterId, int limit) {
    Criteria criteria = where("calendarProvisional").is(true).and("status").is(CaseStatus.OPEN.name());
    if (afterId != null) {
      criteria = criteria.and("_id").gt(afterId);
    }
    return mongo.find(new Query(criteria).with(Sort.by("_id")).limit(limit), CaseDocument.class);
  }

  /** Cases inserted whose enterprise history has not counted them yet (a crash between the two writes). */
  public List<CaseDocument> findHistoryPending(int limit) {
    return mongo.find(new Query(where("historyPending").is(true)).limit(limit), CaseDocument.class);
  }

  public void clearHistoryPending(String caseId) {
    mongo.updateFirst(new Query(where("_id").is(caseId)), new Update().unset("historyPending"), CaseDocument.class);
  }

  public record Page(List<CaseDocument> items, long total) {}

  /**
   * Which cases a reader reaches: those in {@code jurisdictions}, and those of the enterprise {@code ownCreditCode}
   * (an enterprise's own cases; null for readers that are not enterprises).
   */
  public record Reach(Set<String> jurisdictions, String ownCreditCode) {
    public Reach {
      jurisdictions = Set.copyOf(jurisdictions);
    }

    Criteria criteria() {
      Criteria inJurisdictions = where("jurisdiction").in(jurisdictions);
      if (ownCreditCode == null) {
        return inJurisdictions;
      }
      Criteria own = where("creditCode").is(ownCreditCode);
      return jurisdictions.isEmpty() ? own : new Criteria().orOperator(inJurisdictions, own);
    }
  }

  /** A page of the cases the reader reaches that match the filters; the reach is part of the query. */
  public Page search(Reach reach, String creditCode, String status, String jurisdiction, Boolean overdue, int page,
      int size) {
    Criteria criteria = new Criteria().andOperator(reach.criteria());
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
    return new Page(mongo.find(query, CaseDocument.class), total);
  }
}
