package io.wageguard.chassis.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Lets events carry the trace of the request or record that caused them: {@code CloudEventCodec.create}
 * stamps the CloudEvents distributed-tracing extension {@code traceparent}, and the outbox relay
 * publishes under that context, so one trace runs REST → service → Kafka → the next service.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration"})
@ConditionalOnClass({Tracer.class, Propagator.class})
public class TracingChassisConfiguration {

  @Bean
  @ConditionalOnBean({Tracer.class, Propagator.class})
  TraceparentSource wageguardTraceparentSource(Tracer tracer, Propagator propagator) {
    return new TraceparentSource(tracer, propagator);
  }
}
