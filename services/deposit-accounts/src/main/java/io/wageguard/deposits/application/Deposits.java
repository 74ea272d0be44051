package io.wageguard.deposits.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The deposits, one per enterprise (a port; the MongoDB adapter keeps them). A record's state and the events it
 * emitted are stored in one write.
 */
public interface Deposits {

  Optional<DepositRecord> find(String creditCode);

  /**
   * Stores the record's state and its emitted events in one write: inserted if it was never stored, otherwise only
   * if nobody changed it since it was read at {@link DepositRecord#version()}.
   *
   * @return the record as stored (its new version)
   * @throws org.springframework.dao.OptimisticLockingFailureException if someone changed it meanwhile
   * @throws org.springframework.dao.DuplicateKeyException if someone inserted it meanwhile
   */
  DepositRecord save(DepositRecord record);

  /** The credit codes of deposits with an open deadline before {@code day}, at most {@code limit} (an indexed query). */
  List<String> dueBefore(LocalDate day, int limit);

  /** The deposits stored under these jurisdictions, by credit code. */
  List<DepositRecord> inJurisdictions(Collection<String> jurisdictions);
}
