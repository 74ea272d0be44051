package io.wageguard.alerting.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Exponential back-off of webhook deliveries: after the n-th failed attempt the next one waits
 * {@code min(max, initial * factor^(n-1))}; after {@code maxAttempts} failed attempts the delivery is FAILED.
 */
public record RetryPolicy(Duration initial, double factor, Duration max, int maxAttempts) {

  public RetryPolicy {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || factor < 1.0 || maxAttempts < 1) {
      throw new IllegalArgumentException("invalid retry policy " + initial + " x" + factor + " max " + max
          + " attempts " + maxAttempts);
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5), 10);
  }

  /** The wait before the next attempt after {@code failedAttempts} failures, or empty when none is left. */
  public Optional<Duration> nextDelay(int failedAttempts) {
    if (failedAttempts >= maxAttempts) {
      return Optional.empty();
    }
    double millis = initial.toMillis() * Math.pow(factor, Math.max(0, failedAttempts - 1));
    long capped = millis >= max.toMillis() ? max.toMillis() : (long) millis;
    return Optional.of(Duration.ofMillis(capped));
  }
}
