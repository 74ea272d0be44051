package io.wageguard.alerting.config;

import io.wageguard.alerting.domain.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code wageguard.alerting.delivery.*}: the SSE streams and the webhooks. Unset values take the defaults. */
@ConfigurationProperties("wageguard.alerting.delivery")
public record DeliveryProperties(Sse sse, Webhooks webhooks) {

  public DeliveryProperties {
    sse = sse == null ? new Sse(null, null, null, null) : sse;
    webhooks = webhooks == null ? new Webhooks(null, null, null, null, null, null, null, null, null, null, null)
        : webhooks;
  }

  /**
   * @param heartbeat a comment line this often keeps proxies from closing an idle stream
   * @param timeout the stream ends after this long (the client reconnects with Last-Event-ID); zero: never
   * @param pollInterval how often a stream looks for entries another instance wrote
   * @param gapGrace how long a stream waits for a missing sequence number before stepping over it
   */
  public record Sse(Duration heartbeat, Duration timeout, Duration pollInterval, Duration gapGrace) {
    public Sse {
      heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
      timeout = timeout == null ? Duration.ofMinutes(30) : timeout;
      pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
      gapGrace = gapGrace == null ? Duration.ofSeconds(2) : gapGrace;
    }
  }

  /**
   * @param workers at most this many deliveries in flight in this instance (and at most one per union)
   * @param lease a claimed delivery is retried after this long if its worker vanished
   */
  public record Webhooks(Boolean enabled, Duration pollInterval, Integer workers, Duration connectTimeout,
      Duration readTimeout, Duration lease, Duration initialBackoff, Double factor, Duration maxBackoff,
      Integer maxAttempts, Integer batchSize) {
    public Webhooks {
      enabled = enabled == null || enabled;
      pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
      workers = workers == null ? 8 : workers;
      connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
      readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
      lease = lease == null ? Duration.ofMinutes(1) : lease;
      initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
      factor = factor == null ? 2.0 : factor;
      maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
      maxAttempts = maxAttempts == null ? 10 : maxAttempts;
      batchSize = batchSize == null ? 200 : batchSize;
    }

    public RetryPolicy retryPolicy() {
      return new RetryPolicy(initialBackoff, factor, maxBackoff, maxAttempts);
    }
  }
}
