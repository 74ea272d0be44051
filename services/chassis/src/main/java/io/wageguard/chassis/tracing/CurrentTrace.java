package io.wageguard.chassis.tracing;

import java.util.function.Supplier;

/**
 * The W3C {@code traceparent} of the span current on this thread, for code that is not a Spring bean
 * (the {@link io.wageguard.chassis.events.CloudEventCodec}, which services create with {@code new}).
 * {@link TraceparentSource}, an auto-configured bean over Micrometer's Tracer and Propagator, installs
 * itself here; without tracing (or outside any span) the answer is null.
 */
public final class CurrentTrace {

  private static final Supplier<String> NONE = () -> null;
  private static volatile Supplier<String> source = NONE;

  private CurrentTrace() {}

  /** The current span as a W3C traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null. */
  public static String traceparent() {
    try {
      return source.get();
    } catch (RuntimeException e) {
      return null; // tracing must never break a business write
    }
  }

  static void install(Supplier<String> supplier) {
    source = supplier;
  }

  static void uninstall(Supplier<String> supplier) {
    if (source == supplier) {
      source = NONE;
    }
  }
}
