package io.wageguard.chassis.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/** Writes the current span as a W3C traceparent with the application's propagator. */
public class TraceparentSource implements Supplier<String>, InitializingBean, DisposableBean {

  public static final String TRACEPARENT = "traceparent";
  private final Tracer tracer;
  private final Propagator propagator;

  public TraceparentSource(Tracer tracer, Propagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  @Override
  public String get() {
    Span span = tracer.currentSpan();
    if (span == null || span.isNoop()) {
      return null;
    }
    Map<String, String> carrier = new HashMap<>();
    propagator.inject(span.context(), carrier, Map::put);
    return carrier.get(TRACEPARENT);
  }

  @Override
  public void afterPropertiesSet() {
    CurrentTrace.install(this);
  }

  @Override
  public void destroy() {
    CurrentTrace.uninstall(this);
  }
}
