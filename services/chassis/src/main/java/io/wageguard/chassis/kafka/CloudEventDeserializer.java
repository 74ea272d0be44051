package io.wageguard.chassis.kafka;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads record values as CloudEvents. Used behind Spring Kafka's ErrorHandlingDeserializer, so a record
 * that is not a CloudEvent reaches the error handler (and the dead-letter topic) instead of stopping
 * the partition.
 */
public class CloudEventDeserializer implements Deserializer<CloudEvent> {

  @Override
  public CloudEvent deserialize(String topic, byte[] data) {
    return data == null ? null : CloudEventCodec.parse(data);
  }
}
