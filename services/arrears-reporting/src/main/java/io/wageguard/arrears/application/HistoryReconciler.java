package io.wageguard.arrears.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts the cases whose opening was stored but whose enterprise history was not updated (the process
 * died between the two writes), so a TC-3c / HT-4 threshold is never missed. Counting is idempotent, so
 * a case counted twice changes nothing. The schedule is in config.
 */
@Component
public class HistoryReconciler {

  private final Cases cases;
  private final EnterpriseHistory history;
  private final int batchSize;

  public HistoryReconciler(Cases cases, EnterpriseHistory history,
      @Value("${wageguard.arrears.history-reconcile.batch-size:100}") int batchSize) {
    this.cases = cases;
    this.history = history;
    this.batchSize = batchSize;
  }

  /** Counts every pending case once; returns how many were pending. */
  public int reconcileOnce() {
    int reconciled = 0;
    for (StoredCase pending : cases.findHistoryPending(batchSize)) {
      history.count(pending.arrearsCase());
      cases.clearHistoryPending(pending.caseId());
      reconciled++;
    }
    return reconciled;
  }
}
