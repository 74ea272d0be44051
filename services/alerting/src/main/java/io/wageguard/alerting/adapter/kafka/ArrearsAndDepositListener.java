package io.wageguard.alerting.adapter.kafka;

import io.wageguard.alerting.application.AlertRaiser;
import io.wageguard.chassis.events.CloudEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Raises EW-1..EW-6 (+EW-9) from arrears.events and EW-7, EW-8 from deposit.events; skips other types. */
@Component
public class ArrearsAndDepositListener {

  private final AlertRaiser raiser;

  public ArrearsAndDepositListener(AlertRaiser raiser) {
    this.raiser = raiser;
  }

  @KafkaListener(topics = "arrears.events")
  void onArrears(CloudEvent event) {
    SignalReader.fromArrears(event).ifPresent(seen -> raiser.raise(seen, event.id(), event.type()));
  }

  @KafkaListener(topics = "deposit.events")
  void onDeposit(CloudEvent event) {
    SignalReader.fromDeposit(event).ifPresent(seen -> raiser.raise(seen, event.id(), event.type()));
  }
}
