package io.wageguard.arrears.application;

import io.wageguard.chassis.events.CloudEvent;

/** The rejected submissions (a port; MongoDB, the rejection event in the same write). */
public interface RejectionRecords {

  /** @return false if this rejection is stored already (nothing changes) */
  boolean insertIfAbsent(Rejection rejection, CloudEvent rejected);
}
