package io.wageguard.chassis.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import java.util.Map;

/**
 * Continues a trace whose context was stored with the work (an outbox event, a webhook delivery), so work
 * done later on another thread still joins the request or record that caused it.
 */
public final class StoredTrace {

  private static final String TRACEPARENT = "traceparent";

  private StoredTrace() {}

  /**
   * An observation (not yet started) whose parent is the stored W3C {@code traceparent}, or a new trace
   * when there is none. Add names and tags, start it, open its scope around the work, stop it afterwards.
   */
  public static Observation continueFrom(String traceparent, String name, String remoteService,
      ObservationRegistry registry) {
    ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
    context.setCarrier(traceparent == null ? Map.of() : Map.of(TRACEPARENT, traceparent));
    context.setRemoteServiceName(remoteService);
    return Observation.createNotStarted(name, () -> context, registry);
  }
}
