package io.wageguard.alerting.adapter.kafka;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.wageguard.alerting.application.AlertDelivery;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the unions from the {@code alerts} topic (its own consumer group, so delivery never slows alerting down):
 * reads what delivery needs of each alert event and hands it to {@link AlertDelivery}. One consumer thread: a
 * union's sequence numbers are allocated in the order its entries are written.
 */
@Component
public class AlertFeedListener {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AlertRef(String alertId, List<Recipient> routedTo) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Recipient(String unionId) {}

  private final AlertDelivery delivery;

  public AlertFeedListener(AlertDelivery delivery) {
    this.delivery = delivery;
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
    List<String> routedTo = ref.routedTo() == null ? List.of()
        : ref.routedTo().stream().map(Recipient::unionId).toList();
    delivery.deliver(new AlertDelivery.AlertEvent(event.id(), event.type(), ref.alertId(), routedTo,
        CloudEventCodec.toJson(event), event.time()));
  }
}
