package io.wageguard.alerting.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wageguard.alerting.application.WebhookQueue.Attempt;
import io.wageguard.alerting.application.WebhookQueue.Delivery;
import io.wageguard.alerting.domain.RetryPolicy;
import io.wageguard.alerting.domain.WebhookSignature;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.tracing.CurrentTrace;
import io.wageguard.chassis.tracing.StoredTrace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.stereotype.Service;

/**
 * POSTs (through {@link WebhookSender}) queued feed entries to the unions' webhooks, signed, at least once. Each delivery is scheduled on
 * its own ({@code nextAttemptAt}); at most one attempt per union is in flight here and at most
 * {@code workers} in all, so a failing or slow endpoint holds one worker and never delays another union.
 * Short connect/read timeouts; exponential back-off; every attempt logged in {@code webhook_attempts}.
 * Timing uses the wall clock (operational, not business time).
 */
@Service
public class WebhookDispatcher implements SmartLifecycle {

  public static final String TIMESTAMP = "Wageguard-Timestamp";
  public static final String SIGNATURE = "Wageguard-Signature";
  public static final String EVENT_ID = "Wageguard-Event-Id";
  public static final String SEQUENCE = "Wageguard-Sequence";
  public static final String UNION = "Wageguard-Union";

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private final WebhookQueue deliveries;
  private final UnionDirectory directory;
  private final WebhookSender sender;
  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final WebhookSettings settings;
  private final RetryPolicy retry;
  private final WebhookTargets targets;
  private final Clock clock = Clock.systemUTC();
  private final Set<String> busyUnions = ConcurrentHashMap.newKeySet();
  private volatile ScheduledExecutorService scheduler;
  private volatile ExecutorService workers;
  private volatile boolean running;

  public WebhookDispatcher(WebhookQueue deliveries, UnionDirectory directory, WebhookSender sender,
      MeterRegistry meters, ObservationRegistry observations, WebhookSettings settings, WebhookTargets targets) {
    this.deliveries = deliveries;
    this.directory = directory;
    this.sender = sender;
    this.targets = targets;
    this.observations = observations;
    this.meters = meters;
    this.settings = settings;
    this.retry = settings.retryPolicy();
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
    List<Delivery> due = deliveries.due(now, List.copyOf(busyUnions), settings.batchSize());
    for (Delivery candidate : due) {
      if (free <= 0) {
        break;
      }
      if (busyUnions.contains(candidate.unionId())) {
        continue; // one at a time per union: a slow endpoint never takes more than one worker
      }
      Delivery claimed = deliveries.claim(candidate, now, now.plus(settings.lease()));
      if (claimed == null) {
        continue;
      }
      busyUnions.add(claimed.unionId());
      free--;
      try {
        workers.execute(() -> {
          try {
            attempt(claimed);
          } catch (RuntimeException e) {
            log.warn("webhook delivery {} attempt {} failed unexpectedly (retried after the lease): {}",
                claimed.id(), claimed.attempts(), e.toString());
          } finally {
            busyUnions.remove(claimed.unionId());
            wakeUp();
          }
        });
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        busyUnions.remove(claimed.unionId());
        return;
      }
    }
  }

  void attempt(Delivery d) {
    UnionDirectory.Webhook webhook = directory.find(d.unionId()).map(UnionDirectory.Entry::webhook).orElse(null);
    Instant at = clock.instant();
    if (webhook == null || webhook.url() == null) {
      deliveries.finished(d, "CANCELLED", null, "the union has no webhook any more");
      record(d, at, null, null, "the union has no webhook any more", 0, "CANCELLED", null);
      count("cancelled");
      return;
    }
    String url = webhook.url();
    long timestamp = at.getEpochSecond();
    Integer status = null;
    String error = null;
    long started = System.nanoTime();
    // The delivery joins the trace of the alert (REST -> arrears-reporting -> alerting -> webhook): the
    // alert's CloudEvent carries its traceparent, and the receiver gets this span's as a header.
    Observation observation = StoredTrace.continueFrom(CloudEventCodec.fromJson(d.json()).traceparent(),
        "wageguard.webhook.deliver", "alerts", observations).contextualName("webhook deliver").start();
    try (Observation.Scope scope = observation.openScope()) {
      Optional<String> refused = targets.refusal(url); // again now: the host may resolve elsewhere than it did
      if (refused.isPresent()) {
        throw new IllegalArgumentException("webhook target refused: the URL " + refused.get());
      }
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", CloudEvent.CONTENT_TYPE);
      headers.put(TIMESTAMP, Long.toString(timestamp));
      headers.put(SIGNATURE, WebhookSignature.sign(webhook.secret(), timestamp, d.json()));
      headers.put(EVENT_ID, d.eventId());
      headers.put(SEQUENCE, Long.toString(d.seq()));
      headers.put(UNION, d.unionId());
      headers.put("User-Agent", "wageguard-alerting-webhooks/1");
      String traceparent = CurrentTrace.traceparent();
      if (traceparent != null) {
        headers.put("traceparent", traceparent);
      }
      status = sender.post(url, headers, d.json());
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
    Optional<Duration> wait = retry.nextDelay(d.attempts());
    if (wait.isPresent()) {
      Instant next = done.plus(wait.get());
      deliveries.retryAt(d, status, error, next);
      record(d, at, url, status, error, millis, "RETRY", next);
      count("retry");
    } else {
      deliveries.finished(d, "FAILED", status, error);
      record(d, at, url, status, error, millis, "FAILED", null);
      count("failed");
      log.warn("webhook delivery {} to {} FAILED after {} attempts: {}", d.id(), url, d.attempts(), error);
    }
  }

  private void record(Delivery d, Instant at, String url, Integer status, String error, long millis,
      String outcome, Instant next) {
    deliveries.log(new Attempt(UUID.randomUUID().toString(), d.id(), d.unionId(), d.seq(), d.eventId(), d.type(),
        d.attempts(), at, url, status, error, millis, outcome, next));
  }

  private void count(String outcome) {
    meters.counter("wageguard.alerting.webhook.deliveries", "outcome", outcome).increment();
  }
}
