package io.wageguard.alerting.adapter.rest;

import java.time.Duration;

/**
 * The SSE streams' settings (from {@code wageguard.alerting.delivery.sse.*}, bound in config).
 *
 * @param heartbeat a comment line this often keeps proxies from closing an idle stream
 * @param timeout the stream ends after this long (the client reconnects with Last-Event-ID); zero: never
 * @param pollInterval how often a stream looks for entries another instance wrote
 * @param gapGrace how long a stream waits for a missing sequence number before stepping over it
 */
public record StreamSettings(Duration heartbeat, Duration timeout, Duration pollInterval, Duration gapGrace) {}
