package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.RetryPolicy;
import java.time.Duration;

/**
 * How webhooks are delivered (from {@code wageguard.alerting.delivery.webhooks.*}, bound in config).
 *
 * @param workers at most this many deliveries in flight in this instance (and at most one per union)
 * @param lease a claimed delivery is retried after this long if its worker vanished
 */
public record WebhookSettings(boolean enabled, Duration pollInterval, int workers, Duration connectTimeout,
    Duration readTimeout, Duration lease, int batchSize, RetryPolicy retryPolicy) {}
