package io.wageguard.chassis.kafka;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes record values. Outbox payloads arrive as already-serialized JSON strings; the dead-letter
 * recoverer hands over the original bytes of a record that could not be read, which are kept as they
 * were so nothing is lost.
 */
public class CloudEventSerializer implements Serializer<Object> {

  @Override
  public byte[] serialize(String topic, Object value) {
    return switch (value) {
      case null -> null;
      case byte[] bytes -> bytes;
      case String json -> json.getBytes(StandardCharsets.UTF_8);
      case CloudEvent event -> CloudEventCodec.toBytes(event);
      default -> throw new IllegalArgumentException(
          "only CloudEvents, JSON strings and raw bytes are written, not " + value.getClass().getName());
    };
  }
}
