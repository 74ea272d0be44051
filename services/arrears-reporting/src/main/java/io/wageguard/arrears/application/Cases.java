package io.wageguard.arrears.application;

import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.chassis.events.CloudEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The arrears cases (a port; the MongoDB adapter keeps them). A case and the events it emits are one write: the
 * events wait in the case's outbox until the relay has published them.
 */
public interface Cases {

  Optional<StoredCase> find(String caseId);

  /**
   * Inserts a new case with its events, flagged as not yet counted in its enterprise's history; false if a case
   * with this id (the same submission) exists already.
   */
  boolean insertIfAbsent(ArrearsCase opened, List<CloudEvent> events);

  /**
   * Saves the next state of a case read as {@code before}, with the events it emitted, in one write; throws
   * {@link org.springframework.dao.OptimisticLockingFailureException} if another writer changed it meanwhile.
   */
  void save(StoredCase before, ArrearsCase next, List<CloudEvent> events);

  /** The cases whose next deadline is due by {@code today} (an indexed range: cost grows with what is due). */
  List<StoredCase> findDue(LocalDate today, int limit);

  /** Open cases with a provisional report deadline, in id order after {@code afterId} (null: from the start). */
  List<StoredCase> findOpenWithProvisionalDeadline(String afterId, int limit);

  /** Cases inserted whose enterprise history has not counted them yet (a crash between the two writes). */
  List<StoredCase> findHistoryPending(int limit);

  void clearHistoryPending(String caseId);

  /** A page of the cases the reader reaches that match the filters; the reach is part of the query. */
  Page search(Reach reach, String creditCode, String status, String jurisdiction, Boolean overdue, int page,
      int size);

  record Page(List<ArrearsCase> items, long total) {}

  /**
   * Which cases a reader reaches: those in {@code jurisdictions}, and those of the enterprise {@code ownCreditCode}
   * (an enterprise's own cases; null for readers that are not enterprises).
   */
  record Reach(Set<String> jurisdictions, String ownCreditCode) {
    public Reach {
      jurisdictions = Set.copyOf(jurisdictions);
    }
  }
}
