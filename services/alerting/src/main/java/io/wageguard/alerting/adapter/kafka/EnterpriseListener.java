package io.wageguard.alerting.adapter.kafka;

import io.wageguard.alerting.application.EnterpriseViews;
import io.wageguard.alerting.application.KnownEnterprises;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps alerting's enterprise view (name, jurisdiction, own union) from enterprise.events. Each event
 * carries the snapshot and its version: an older or redelivered version changes nothing.
 */
@Component
public class EnterpriseListener {

  /** What alerting reads of an enterprise event; fields absent from an event type stay null. */
  public record EnterpriseData(String creditCode, String name, String jurisdiction, String town,
      Boolean hasOwnUnion, String status, Long version) {}

  private final KnownEnterprises enterprises;

  public EnterpriseListener(KnownEnterprises enterprises) {
    this.enterprises = enterprises;
  }

  @KafkaListener(topics = "enterprise.events")
  void on(CloudEvent event) {
    if (!event.type().startsWith("wageguard.enterprise.")) {
      return;
    }
    EnterpriseData d = CloudEventCodec.dataAs(event, EnterpriseData.class);
    String creditCode = d.creditCode() != null ? d.creditCode() : event.subject();
    if (creditCode == null || d.version() == null) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " has no creditCode or version");
    }
    enterprises.keep(new EnterpriseViews.Change(creditCode, d.name(), d.jurisdiction(), d.town(), d.hasOwnUnion(),
        d.status(), d.version()));
  }
}
