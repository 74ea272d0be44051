package io.wageguard.alerting.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.alerting.persistence.AlertDocument;
import io.wageguard.alerting.persistence.Feed;
import io.wageguard.alerting.persistence.FeedEntryDocument;
import io.wageguard.alerting.persistence.UnionDirectory;
import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.alerting.persistence.WebhookDeliveries;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Derives the unions' feeds from the {@code alerts} topic (its own consumer group, so delivery never slows
 * alerting down): every alert event enters the feed of each union it is routed to, and the webhook queue
 * of those that have a webhook. Idempotent: keyed by (union, event id), so redelivery changes nothing.
 * One consumer thread: a union's sequence numbers are allocated in the order its entries are written.
 */
@Component
public class AlertFeedListener {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AlertRef(String alertId, List<Recipient> routedTo) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Recipient(String unionId) {}

  private static final Clock WALL = Clock.systemUTC();
  private final Feed feed;
  private final WebhookDeliveries deliveries;
  private final WebhookDispatcher dispatcher;
  private final UnionDirectory directory;
  private final MongoTemplate mongo;
  private final MeterRegistry meters;

  public AlertFeedListener(Feed feed, WebhookDeliveries deliveries, WebhookDispatcher dispatcher,
      UnionDirectory directory, MongoTemplate mongo, MeterRegistry meters) {
    this.feed = feed;
    this.deliveries = deliveries;
    this.dispatcher = dispatcher;
    this.directory = directory;
    this.mongo = mongo;
    this.meters = meters;
  }

  @KafkaListener(topics = "alerts", groupId = "${spring.kafka.consumer.group-id}-delivery", concurrency = "1")
  void onAlert(CloudEvent event) {
    if (!event.type().startsWith("wageguard.alert.")) {
      return;
    }
    AlertRef ref = CloudEventCodec.dataAs(event, AlertRef.class);
    if (ref.alertId() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " has no alertId");
    }
    Map<String, UnionDocument> unions = directory.all().stream()
        .collect(Collectors.toMap(u -> u.id, Function.identity()));
    String json = CloudEventCodec.toJson(event);
    Instant now = WALL.instant();
    boolean queued = false;
    for (String unionId : recipients(ref)) {
      UnionDocument union = unions.get(unionId);
      if (union == null) {
        continue; // not in the directory (unrouted, or an enterprise union nobody registered): no feed to keep
      }
      FeedEntryDocument entry = feed.append(unionId, event.id(), event.type(), ref.alertId(), json,
          event.time() == null ? now : event.time());
      if (union.webhook != null && union.webhook.url != null && deliveries.enqueue(entry, now)) {
        queued = true;
      }
      meters.counter("wageguard.alerting.feed.entries", "type", event.type()).increment();
    }
    if (queued) {
      dispatcher.wakeUp();
    }
  }

  /** The event's recipients; acknowledged/resolved events do not carry them, the alert does. */
  private Set<String> recipients(AlertRef ref) {
    Set<String> ids = new LinkedHashSet<>();
    if (ref.routedTo() != null && !ref.routedTo().isEmpty()) {
      ref.routedTo().stream().map(Recipient::unionId).filter(id -> id != null).forEach(ids::add);
    } else {
      AlertDocument alert = mongo.findById(ref.alertId(), AlertDocument.class);
      if (alert != null) {
        ids.addAll(alert.recipientIds);
      }
    }
    return ids;
  }
}
