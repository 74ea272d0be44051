package io.wageguard.alerting.adapter.rest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.alerting.application.Feed;
import io.wageguard.alerting.application.Reach;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A union's live alert stream (Server-Sent Events): every alert event routed to it, each with
 * {@code id:} = its sequence number in the union's feed, {@code event:} = the CloudEvent type,
 * {@code data:} = the CloudEvent JSON. With {@code Last-Event-ID: N} (header, or {@code ?lastEventId=N})
 * the stream first replays everything after N, then goes live, without gap or duplicate; without it, it
 * starts with what comes next. A comment line every heartbeat keeps the connection open.
 */
@RestController
public class AlertStreamController implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlertStreamController.class);
  private static final int BATCH = 200;
  private final Feed feed;
  private final Reach reach;
  private final StreamSettings settings;
  private final ExecutorService streams = Executors.newThreadPerTaskExecutor(
      Thread.ofVirtual().name("sse-", 0).factory());
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean running;

  public AlertStreamController(Feed feed, Reach reach, StreamSettings settings, MeterRegistry meters) {
    this.feed = feed;
    this.reach = reach;
    this.settings = settings;
    Gauge.builder("wageguard.alerting.sse.connections", connections, AtomicInteger::get)
        .description("open SSE alert streams").register(meters);
  }

  @GetMapping(value = "/api/unions/{id}/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(Caller caller, @PathVariable String id,
      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
      @RequestParam(name = "lastEventId", required = false) String lastEventIdParam) {
    if (!running) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "shutting down; reconnect with Last-Event-ID");
    }
    reach.union(caller, id); // another jurisdiction's union has no stream for this caller: 404, never its alerts
    String resume = lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventIdParam;
    long from;
    if (resume == null || resume.isBlank()) {
      from = feed.latestSeq(id);
    } else {
      try {
        from = Long.parseLong(resume.trim());
      } catch (NumberFormatException e) {
        from = -1;
      }
      if (from < 0) {
        throw new RuleBroken(List.of(new Violation("Last-Event-ID", "schema",
            "is not a sequence number of this stream")));
      }
    }
    long timeout = streamTimeout();
    SseEmitter emitter = new SseEmitter(timeout);
    Connection connection = new Connection(id, emitter, from);
    emitter.onCompletion(connection::close);
    emitter.onTimeout(() -> {
      connection.close();
      emitter.complete();
    });
    emitter.onError(e -> connection.close());
    open.add(connection);
    connections.incrementAndGet();
    try {
      // flushes the headers at once, so a client knows it is connected (and where the stream starts)
      emitter.send(SseEmitter.event().reconnectTime(3000).comment("union " + id + " after " + from));
    } catch (IOException e) {
      connection.close();
      return emitter;
    }
    streams.execute(connection::run);
    return emitter;
  }

  /**
   * The configured stream length, but never past the caller's token: the stream ends when the token expires and
   * the client reconnects with a fresh one (and Last-Event-ID), so a revoked or expired account stops receiving.
   */
  private long streamTimeout() {
    long configured = settings.timeout().isZero() ? -1L : settings.timeout().toMillis();
    if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
        && token.getToken().getExpiresAt() != null) {
      long untilExpiry = Math.max(1L, Duration.between(Instant.now(), token.getToken().getExpiresAt()).toMillis());
      return configured < 0 ? untilExpiry : Math.min(configured, untilExpiry);
    }
    return configured;
  }

  @Override
  public void start() {
    running = true;
  }

  /**
   * Ends every stream before the web server's graceful shutdown starts (this phase stops first), so open
   * streams never hold the shutdown; clients reconnect, to another instance, with Last-Event-ID.
   */
  @Override
  public void stop() {
    running = false;
    open.forEach(c -> {
      c.close();
      c.emitter.complete();
    });
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @PreDestroy
  void shutdown() {
    stop();
    streams.shutdownNow();
  }

  /** One client's stream: replays from its position, then waits for the feed to grow (signal or poll). */
  private final class Connection {
    private final String unionId;
    private final SseEmitter emitter;
    private volatile long last;
    private volatile boolean closed;
    private final Semaphore signal;

    Connection(String unionId, SseEmitter emitter, long after) {
      this.unionId = unionId;
      this.emitter = emitter;
      this.last = after;
      this.signal = feed.subscribe(unionId);
    }

    void close() {
      if (!closed) {
        closed = true;
        feed.unsubscribe(unionId, signal);
        signal.release(); // wakes the loop so it ends
        if (open.remove(this)) {
          connections.decrementAndGet();
        }
      }
    }

    void run() {
      long lastWrite = System.nanoTime();
      long gapSeen = 0;
      try {
        while (!closed) {
          // a signal arriving after this drain leaves a permit, so the wait below returns at once
          signal.drainPermits();
          List<Feed.Entry> entries = feed.after(unionId, last, BATCH);
          boolean waitingOnGap = false;
          for (Feed.Entry entry : entries) {
            if (entry.seq() != last + 1) {
              // a number allocated but not written yet (or never: a writer died); wait a little, then step over
              if (gapSeen == 0) {
                gapSeen = System.nanoTime();
              }
              if (System.nanoTime() - gapSeen < settings.gapGrace().toNanos()) {
                waitingOnGap = true;
                break;
              }
            }
            emitter.send(SseEmitter.event().id(Long.toString(entry.seq())).name(entry.type()).data(entry.json()));
            last = entry.seq();
            gapSeen = 0;
            lastWrite = System.nanoTime();
          }
          if (System.nanoTime() - lastWrite >= settings.heartbeat().toNanos()) {
            emitter.send(SseEmitter.event().comment("heartbeat"));
            lastWrite = System.nanoTime();
          }
          if (waitingOnGap || entries.size() < BATCH) {
            if (!closed) {
              signal.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            }
          }
        }
      } catch (IOException | IllegalStateException gone) {
        // the client went away (or the emitter completed): it resumes with Last-Event-ID
        log.debug("stream of {} ended at {}: {}", unionId, last, gone.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        log.warn("stream of {} failed at {}: {}", unionId, last, e.toString());
        emitter.completeWithError(e);
      } finally {
        close();
      }
    }
  }
}
