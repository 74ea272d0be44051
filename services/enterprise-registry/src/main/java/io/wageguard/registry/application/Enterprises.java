package io.wageguard.registry.application;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.registry.domain.Enterprise;
import io.wageguard.registry.domain.Grade;
import io.wageguard.registry.domain.Premises;
import io.wageguard.registry.domain.Sector;
import io.wageguard.registry.domain.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The register as the use cases need it (a port; the MongoDB adapter keeps it). Every write stores the state and
 * the events it emits in one atomic write, so nothing is lost or doubled between the register and its topic.
 */
public interface Enterprises {

  /** A loaded enterprise with the lock version it was read at; a write fails if the record changed since. */
  record Loaded(Enterprise enterprise, Long lockVersion) {}

  Optional<Loaded> load(String creditCode);

  boolean exists(String creditCode);

  /** Inserts a new enterprise with its events; a concurrent registration of the same code fails on the key. */
  void insert(Enterprise enterprise, List<CloudEvent> events) throws DuplicateKeyException;

  /**
   * Saves a changed enterprise and appends its events to its outbox, in one write; fails with
   * OptimisticLockingFailureException (409) if the enterprise changed since it was loaded.
   */
  void update(Loaded loaded, List<CloudEvent> events) throws OptimisticLockingFailureException;

  /** A page of the enterprises the reader reaches that match the filter; the reach is part of the query. */
  Found search(Filter filter, Reach reach, int page, int size);

  record Filter(String jurisdiction, Sector sector, Premises premises, Status status, Grade rating,
      Integer ratingYear) {}

  /**
   * Which enterprises a reader reaches: those registered in {@code jurisdictions}, and the one with
   * {@code ownCreditCode} (an enterprise's own record; null for readers that are not enterprises).
   */
  record Reach(Set<String> jurisdictions, String ownCreditCode) {
    public Reach {
      jurisdictions = Set.copyOf(jurisdictions);
    }
  }

  /** One enterprise of a search, by its current profile. */
  record Summary(String creditCode, String name, String jurisdiction, Sector sector, Premises premises,
      int headcount, boolean hasOwnUnion, Status status, Map<String, Grade> gradeByYear, long version) {}

  record Found(List<Summary> content, long totalElements) {}
}
