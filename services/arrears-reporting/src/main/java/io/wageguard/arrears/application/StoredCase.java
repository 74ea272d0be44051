package io.wageguard.arrears.application;

import io.wageguard.arrears.domain.ArrearsCase;

/**
 * A case as read from the store: its state, the version a change of it must still find there (optimistic
 * concurrency), whether its enterprise history still has to count it, and the {@code nextDeadlineAt} stored with
 * it (ISO date, or null when no deadline runs).
 */
public record StoredCase(ArrearsCase arrearsCase, Long version, boolean historyPending, String nextDeadlineAt) {

  public String caseId() {
    return arrearsCase.caseId();
  }
}
