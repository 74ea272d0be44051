package io.wageguard.chassis.events;

import io.wageguard.chassis.tracing.CurrentTrace;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the CloudEvents structured-mode JSON. Reading is tolerant of unknown attributes
 * (extensions) but strict about the required ones, so a malformed envelope fails here, before any handler.
 */
public final class CloudEventCodec {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final URI source;

  /** @param source the producing service, e.g. {@code /wageguard/arrears-reporting} */
  public CloudEventCodec(URI source) {
    this.source = source;
  }

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * A new event of this service, with the schema derived from the type, carrying the current trace
   * (CloudEvents distributed-tracing extension {@code traceparent}) when there is one.
   */
  public CloudEvent create(String id, String type, String subject, Object data, Clock clock) {
    return new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type, subject, clock.instant(),
        "application/json", CloudEvent.schemaOf(type), MAPPER.valueToTree(data), CurrentTrace.traceparent());
  }

  public static byte[] toBytes(CloudEvent event) {
    return MAPPER.writeValueAsBytes(event);
  }

  public static String toJson(CloudEvent event) {
    return MAPPER.writeValueAsString(event);
  }

  public static CloudEvent fromJson(String json) {
    return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static CloudEvent parse(byte[] bytes) {
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      throw new InvalidCloudEventException("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidCloudEventException("not a JSON object");
    }
    List<String> missing = new ArrayList<>();
    for (String attribute : List.of("specversion", "id", "source", "type")) {
      JsonNode value = node.get(attribute);
      if (value == null || !value.isString() || value.asString().isBlank()) {
        missing.add(attribute);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidCloudEventException("missing CloudEvents attribute(s) " + missing);
    }
    if (!CloudEvent.SPEC_VERSION.equals(node.get("specversion").asString())) {
      throw new InvalidCloudEventException("unsupported specversion " + node.get("specversion"));
    }
    try {
      return MAPPER.treeToValue(node, CloudEvent.class);
    } catch (JacksonException e) {
      throw new InvalidCloudEventException("malformed CloudEvent: " + e.getOriginalMessage());
    }
  }

  /** The event's data read into a consumer's own small DTO (unknown fields ignored). */
  public static <T> T dataAs(CloudEvent event, Class<T> type) {
    if (event.data() == null || event.data().isNull()) {
      throw new InvalidCloudEventException("event " + event.id() + " has no data");
    }
    return MAPPER.treeToValue(event.data(), type);
  }
}
