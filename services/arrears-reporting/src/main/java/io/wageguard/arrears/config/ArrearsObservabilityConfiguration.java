package io.wageguard.arrears.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Business gauges of arrears-reporting (see {@link ArrearsMetrics}). */
@Configuration(proxyBeanMethods = false)
class ArrearsObservabilityConfiguration {

  @Bean
  ArrearsMetrics arrearsMetrics(MongoTemplate mongo, MeterRegistry meters,
      @Value("${wageguard.metrics.refresh-interval:PT15S}") Duration interval) {
    return new ArrearsMetrics(mongo, meters, interval);
  }
}
