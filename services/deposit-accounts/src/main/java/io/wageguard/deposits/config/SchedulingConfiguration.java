package io.wageguard.deposits.config;

import io.wageguard.deposits.application.DepositService;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The EW-7 deadline sweep ({@link DepositService#sweepDeadlines()}) every {@code wageguard.deposits.sweep-interval}. */
@Configuration
@EnableScheduling
public class SchedulingConfiguration {

  private final DepositService service;

  public SchedulingConfiguration(DepositService service) {
    this.service = service;
  }

  @Scheduled(fixedDelayString = "${wageguard.deposits.sweep-interval:PT1M}")
  void deadlineSweep() {
    service.sweepDeadlines();
  }
}
