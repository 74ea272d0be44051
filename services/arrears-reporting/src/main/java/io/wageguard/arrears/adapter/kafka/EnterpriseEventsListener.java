package io.wageguard.arrears.adapter.kafka;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.wageguard.arrears.application.EnterpriseDirectory;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the enterprise view (credit code → name, jurisdiction, status) from enterprise.events. Every event of
 * the registry carries the fields it knows plus the registry version; the view takes only newer versions.
 */
@Component
public class EnterpriseEventsListener {

  private static final Logger log = LoggerFactory.getLogger(EnterpriseEventsListener.class);
  private final EnterpriseDirectory views;

  public EnterpriseEventsListener(EnterpriseDirectory views) {
    this.views = views;
  }

  /** Our own small view of the registry's events; unknown fields are ignored. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record EnterpriseSnapshot(String creditCode, String name, String jurisdiction, String status, Long version) {}

  @KafkaListener(topics = "enterprise.events")
  void on(CloudEvent event) {
    if (!event.type().startsWith("wageguard.enterprise.") || event.data() == null || !event.data().isObject()) {
      return;
    }
    EnterpriseSnapshot snapshot = CloudEventCodec.dataAs(event, EnterpriseSnapshot.class);
    String creditCode = snapshot.creditCode() != null ? snapshot.creditCode() : event.subject();
    if (creditCode == null) {
      log.warn("enterprise event {} names no enterprise; ignored", event.id());
      return;
    }
    long version = snapshot.version() == null ? 0 : snapshot.version();
    views.apply(creditCode, version, snapshot.name(), snapshot.jurisdiction(), snapshot.status());
  }
}
