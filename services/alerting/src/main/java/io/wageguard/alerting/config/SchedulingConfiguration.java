package io.wageguard.alerting.config;

import io.wageguard.alerting.application.AlertLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The escalation sweep runs on a schedule unless switched off (tests drive {@link AlertLifecycle#sweep()} with
 * their own clock): every {@code wageguard.alerting.escalation.sweep-interval} (default 30 s).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "wageguard.alerting.scheduling", havingValue = "true", matchIfMissing = true)
public class SchedulingConfiguration {

  private final AlertLifecycle lifecycle;

  public SchedulingConfiguration(AlertLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Scheduled(fixedDelayString = "${wageguard.alerting.escalation.sweep-interval:PT30S}",
      initialDelayString = "${wageguard.alerting.escalation.sweep-interval:PT30S}")
  void escalationSweep() {
    lifecycle.sweep();
  }
}
