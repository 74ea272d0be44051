package io.wageguard.arrears.application;

import io.wageguard.arrears.persistence.CaseDocument;
import io.wageguard.arrears.persistence.CaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the cases whose opening was stored but whose enterprise history was not updated (the process
 * died between the two writes), so a TC-3c / HT-4 threshold is never missed. Counting is idempotent, so
 * a case counted twice changes nothing.
 */
@Component
public class HistoryReconciler {

  private static final Logger log = LoggerFactory.getLogger(HistoryReconciler.class);

  private final CaseStore cases;
  private final EnterpriseHistory history;
  private final int batchSize;

  public HistoryReconciler(CaseStore cases, EnterpriseHistory history,
      @Value("${wageguard.arrears.history-reconcile.batch-size:100}") int batchSize) {
    this.cases = cases;
    this.history = history;
    this.batchSize = batchSize;
  }

  @Scheduled(initialDelayString = "${wageguard.arrears.history-reconcile.initial-delay:PT5S}",
      fixedDelayString = "${wageguard.arrears.history-reconcile.interval:PT30S}")
  void scheduled() {
    try {
      reconcileOnce();
    } catch (RuntimeException e) {
      log.warn("history reconciliation failed, next pass retries: {}", e.toString());
    }
  }

  /** Counts every pending case once; returns how many were pending. */
  public int reconcileOnce() {
    int reconciled = 0;
    for (CaseDocument pending : cases.findHistoryPending(batchSize)) {
      history.count(pending.toDomain());
      cases.clearHistoryPending(pending.getId());
      reconciled++;
    }
    return reconciled;
  }
}
