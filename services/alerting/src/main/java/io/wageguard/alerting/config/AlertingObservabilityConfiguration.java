package io.wageguard.alerting.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Business gauges of alerting (see {@link AlertingMetrics}). */
@Configuration(proxyBeanMethods = false)
class AlertingObservabilityConfiguration {

  @Bean
  AlertingMetrics alertingMetrics(MongoTemplate mongo, MeterRegistry meters, Clock clock,
      @Value("${wageguard.metrics.refresh-interval:PT15S}") Duration interval) {
    return new AlertingMetrics(mongo, meters, clock, interval);
  }
}
