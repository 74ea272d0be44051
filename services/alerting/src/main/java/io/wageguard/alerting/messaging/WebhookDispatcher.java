package io.wageguard.alerting.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wageguard.alerting.config.DeliveryProperties;
import io.wageguard.alerting.domain.RetryPolicy;
import io.wageguard.alerting.domain.WebhookSignature;
import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.alerting.persistence.WebhookAttemptDocument;
import io.wageguard.alerting.persistence.WebhookDeliveries;
import io.wageguard.alerting.persistence.WebhookDeliveryDocument;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.tracing.CurrentTrace;
import io.wageguard.chassis.tracing.StoredTrace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * POSTs queued feed entries to the unions' webhooks, signed, at least once. Each delivery is scheduled on
 * its own ({@code nextAttemptAt}); at most one attempt per union is in flight here and at most
 * {@code workers} in all, so a failing or slow endpoint holds one worker and never delays another union.
 * Short connect/read timeouts; exponential back-off; every attempt logged in {@code webhook_attempts}.
 * Timing uses the wall clock (operational, not business time).
 */
@Component
public class WebhookDispatcher implements SmartLifecycle {

  public static final String TIMESTAMP = "Wageguard-Timestamp";
  public static final String SIGNATURE = "Wageguard-Signature";
  public static final String EVENT_ID = "Wageguard-Event-Id";
  public static final String SEQUENCE = "Wageguard-Sequence";
  public static final String UNION = "Wageguard-Union";

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private final WebhookDeliveries deliveries;
  private final MongoTemplate mongo;
  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final DeliveryProperties.Webhooks settings;
  private final RetryPolicy retry;
  private final WebhookTargets targets;
  private final Clock clock = Clock.systemUTC();
  private final Set<String> busyUnions = ConcurrentHashMap.newKeySet();
  private final HttpClient http;
  private volatile ScheduledExecutorService scheduler;
  private volatile ExecutorService workers;
  private volatile boolean running;

  public WebhookDispatcher(WebhookDeliveries deliveries, MongoTemplate mongo, MeterRegistry meters,
      ObservationRegistry observations, DeliveryProperties properties, WebhookTargets targets) {
    this.deliveries = deliveries;
    this.targets = targets;
    this.observations = observations;
    this.mongo = mongo;
    this.meters = meters;
    this.settings = properties.webhooks();
    this.retry = settings.retryPolicy();
    this.http = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .build();
  }

  @Override
  public void start() {
    if (!settings.enabled()) {
      log.info("webhook delivery is switched off (wageguard.alerting.delivery.webhooks.enabled=false)");
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("webhook-scheduler").daemon()
        .factory());
    workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-", 0).factory());
    running = true;
    long every = settings.pollInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    running = false;
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (workers != null) {
      workers.shutdown();
      try {
        if (!workers.awaitTermination(settings.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
          workers.shutdownNow();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Look for due deliveries now (after new ones were queued or a worker finished). */
  public void wakeUp() {
    ScheduledExecutorService s = scheduler;
    if (running && s != null) {
      try {
        s.execute(this::pollSafely);
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        // shutting down
      }
    }
  }

  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      log.warn("webhook poll failed, next poll retries: {}", e.toString());
    }
  }

  /** Runs on the single scheduler thread only. */
  private void poll() {
    int free = settings.workers() - busyUnions.size();
    if (!running || free <= 0) {
      return;
    }
    Instant now = clock.instant();
    List<WebhookDeliveryDocument> due = deliveries.due(now, List.copyOf(busyUnions), settings.batchSize());
    for (WebhookDeliveryDocument candidate : due) {
      if (free <= 0) {
        break;
      }
      if (busyUnions.contains(candidate.unionId)) {
        continue; // one at a time per union: a slow endpoint never takes more than one worker
      }
      WebhookDeliveryDocument claimed = deliveries.claim(candidate, now, now.plus(settings.lease()));
      if (claimed == null) {
        continue;
      }
      busyUnions.add(claimed.unionId);
      free--;
      try {
        workers.execute(() -> {
          try {
            attempt(claimed);
          } catch (RuntimeException e) {
            log.warn("webhook delivery {} attempt {} failed unexpectedly (retried after the lease): {}",
                claimed.id, claimed.attempts, e.toString());
          } finally {
            busyUnions.remove(claimed.unionId);
            wakeUp();
          }
        });
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        busyUnions.remove(claimed.unionId);
        return;
      }
    }
  }

  void attempt(WebhookDeliveryDocument d) {
    UnionDocument union = mongo.findById(d.unionId, UnionDocument.class);
    Instant at = clock.instant();
    if (union == null || union.webhook == null || union.webhook.url == null) {
      deliveries.finished(d, "CANCELLED", null, "the union has no webhook any more");
      record(d, at, null, null, "the union has no webhook any more", 0, "CANCELLED", null);
      count("cancelled");
      return;
    }
    String url = union.webhook.url;
    long timestamp = at.getEpochSecond();
    Integer status = null;
    String error = null;
    long started = System.nanoTime();
    // The delivery joins the trace of the alert (REST -> arrears-reporting -> alerting -> webhook): the
    // alert's CloudEvent carries its traceparent, and the receiver gets this span's as a header.
    Observation observation = StoredTrace.continueFrom(CloudEventCodec.fromJson(d.json).traceparent(),
        "wageguard.webhook.deliver", "alerts", observations).contextualName("webhook deliver").start();
    try (Observation.Scope scope = observation.openScope()) {
      Optional<String> refused = targets.refusal(url); // again now: the host may resolve elsewhere than it did
      if (refused.isPresent()) {
        throw new IllegalArgumentException("webhook target refused: the URL " + refused.get());
      }
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
          .timeout(settings.readTimeout())
          .header("Content-Type", CloudEvent.CONTENT_TYPE)
          .header(TIMESTAMP, Long.toString(timestamp))
          .header(SIGNATURE, WebhookSignature.sign(union.webhook.secret, timestamp, d.json))
          .header(EVENT_ID, d.eventId)
          .header(SEQUENCE, Long.toString(d.seq))
          .header(UNION, d.unionId)
          .header("User-Agent", "wageguard-alerting-webhooks/1")
          .POST(HttpRequest.BodyPublishers.ofString(d.json));
      String traceparent = CurrentTrace.traceparent();
      if (traceparent != null) {
        builder.header("traceparent", traceparent);
      }
      status = http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status < 200 || status > 299) {
        error = "HTTP " + status;
      }
    } catch (java.io.IOException | IllegalArgumentException e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted (shutting down)";
    } finally {
      observation.stop();
    }
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    Instant done = clock.instant();
    if (error == null) {
      deliveries.delivered(d, status, done);
      record(d, at, url, status, null, millis, "DELIVERED", null);
      count("delivered");
      return;
    }
    Optional<Duration> wait = retry.nextDelay(d.attempts);
    if (wait.isPresent()) {
      Instant next = done.plus(wait.get());
      deliveries.retryAt(d, status, error, next);
      record(d, at, url, status, error, millis, "RETRY", next);
      count("retry");
    } else {
      deliveries.finished(d, "FAILED", status, error);
      record(d, at, url, status, error, millis, "FAILED", null);
      count("failed");
      log.warn("webhook delivery {} to {} FAILED after {} attempts: {}", d.id, url, d.attempts, error);
    }
  }

  private void record(WebhookDeliveryDocument d, Instant at, String url, Integer status, String error, long millis,
      String outcome, Instant next) {
    WebhookAttemptDocument a = new WebhookAttemptDocument();
    a.id = UUID.randomUUID().toString();
    a.deliveryId = d.id;
    a.unionId = d.unionId;
    a.seq = d.seq;
    a.eventId = d.eventId;
    a.type = d.type;
    a.attempt = d.attempts;
    a.at = at;
    a.url = url;
    a.statusCode = status;
    a.error = error;
    a.durationMs = millis;
    a.outcome = outcome;
    a.nextAttemptAt = next;
    deliveries.log(a);
  }

  private void count(String outcome) {
    meters.counter("wageguard.alerting.webhook.deliveries", "outcome", outcome).increment();
  }
}
