package io.wageguard.arrears.config;

import io.wageguard.arrears.application.DeadlineSweeper;
import io.wageguard.arrears.application.HistoryReconciler;
import io.wageguard.arrears.application.ProvisionalDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the use cases run by themselves: the deadline sweep ({@code wageguard.arrears.sweep.*}, default every 1 s),
 * the history reconciliation ({@code wageguard.arrears.history-reconcile.*}, every 30 s) and the retry of a
 * calendar recompute that failed ({@code wageguard.arrears.calendar-retry-interval}, every minute). A failed pass
 * is logged; the next one tries again.
 */
@Configuration
@EnableScheduling
public class SchedulingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

  private final DeadlineSweeper sweeper;
  private final HistoryReconciler reconciler;
  private final ProvisionalDeadlines provisionalDeadlines;

  public SchedulingConfiguration(DeadlineSweeper sweeper, HistoryReconciler reconciler,
      ProvisionalDeadlines provisionalDeadlines) {
    this.sweeper = sweeper;
    this.reconciler = reconciler;
    this.provisionalDeadlines = provisionalDeadlines;
  }

  @Scheduled(initialDelayString = "${wageguard.arrears.sweep.initial-delay:PT1S}",
      fixedDelayString = "${wageguard.arrears.sweep.interval:PT1S}")
  void deadlineSweep() {
    try {
      sweeper.sweepOnce();
    } catch (RuntimeException e) {
      log.warn("deadline sweep failed, next pass retries: {}", e.toString());
    }
  }

  @Scheduled(initialDelayString = "${wageguard.arrears.history-reconcile.initial-delay:PT5S}",
      fixedDelayString = "${wageguard.arrears.history-reconcile.interval:PT30S}")
  void historyReconciliation() {
    try {
      reconciler.reconcileOnce();
    } catch (RuntimeException e) {
      log.warn("history reconciliation failed, next pass retries: {}", e.toString());
    }
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${wageguard.arrears.calendar-retry-interval:PT1M}")
  void calendarRetry() {
    provisionalDeadlines.retryPending();
  }
}
