package io.wageguard.arrears.application;

import io.wageguard.chassis.events.CloudEvent;
import java.util.Optional;

/** The enterprises' tallies of months in arrears (a port; MongoDB, with the threshold event in the same write). */
public interface EnterpriseTallies {

  Optional<EnterpriseTally> find(String creditCode);

  /**
   * Inserts (version null) or saves the tally with its event, if any, in one write; a concurrent writer makes it
   * throw {@link org.springframework.dao.OptimisticLockingFailureException} or
   * {@link org.springframework.dao.DuplicateKeyException}.
   */
  void save(EnterpriseTally tally, Optional<CloudEvent> event);
}
