package io.wageguard.deposits.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Business gauges of deposit-accounts (see {@link DepositMetrics}). */
@Configuration(proxyBeanMethods = false)
class DepositObservabilityConfiguration {

  @Bean
  DepositMetrics depositMetrics(MongoTemplate mongo, MeterRegistry meters,
      @Value("${wageguard.metrics.refresh-interval:PT15S}") Duration interval) {
    return new DepositMetrics(mongo, meters, interval);
  }
}
