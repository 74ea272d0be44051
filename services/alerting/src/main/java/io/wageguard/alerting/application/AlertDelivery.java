package io.wageguard.alerting.application;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Derives the unions' feeds from the alert events: every alert event enters the feed of each union it is routed
 * to, and the webhook queue of those that have a webhook. Idempotent: keyed by (union, event id), so a redelivered
 * event changes nothing. Called by one consumer thread: a union's sequence numbers are allocated in the order its
 * entries are written.
 */
@Service
public class AlertDelivery {

  /** An alert event as the feeds need it; acknowledged and resolved events name no recipients. */
  public record AlertEvent(String eventId, String type, String alertId, List<String> routedTo, String json,
      Instant time) {}

  private static final Clock WALL = Clock.systemUTC();
  private final Feed feed;
  private final WebhookQueue queue;
  private final WebhookDispatcher dispatcher;
  private final UnionDirectory directory;
  private final Alerts alerts;
  private final MeterRegistry meters;

  public AlertDelivery(Feed feed, WebhookQueue queue, WebhookDispatcher dispatcher, UnionDirectory directory,
      Alerts alerts, MeterRegistry meters) {
    this.feed = feed;
    this.queue = queue;
    this.dispatcher = dispatcher;
    this.directory = directory;
    this.alerts = alerts;
    this.meters = meters;
  }

  public void deliver(AlertEvent event) {
    Map<String, UnionDirectory.Entry> unions = directory.all().stream()
        .collect(Collectors.toMap(UnionDirectory.Entry::id, Function.identity()));
    Instant now = WALL.instant();
    boolean queued = false;
    for (String unionId : recipients(event)) {
      UnionDirectory.Entry union = unions.get(unionId);
      if (union == null) {
        continue; // not in the directory (unrouted, or an enterprise union nobody registered): no feed to keep
      }
      Feed.Entry entry = feed.append(unionId, event.eventId(), event.type(), event.alertId(), event.json(),
          event.time() == null ? now : event.time());
      if (union.webhook() != null && union.webhook().url() != null && queue.enqueue(entry, now)) {
        queued = true;
      }
      meters.counter("wageguard.alerting.feed.entries", "type", event.type()).increment();
    }
    if (queued) {
      dispatcher.wakeUp();
    }
  }

  /** The event's recipients; acknowledged/resolved events do not carry them, the alert does. */
  private Set<String> recipients(AlertEvent event) {
    Set<String> ids = new LinkedHashSet<>();
    if (event.routedTo() != null && !event.routedTo().isEmpty()) {
      event.routedTo().stream().filter(id -> id != null).forEach(ids::add);
    } else {
      alerts.find(event.alertId()).ifPresent(alert -> ids.addAll(alert.recipientIds));
    }
    return ids;
  }
}
