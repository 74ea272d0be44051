package io.wageguard.chassis.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.wageguard.contracts.ContractPaths;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the one envelope of every message on every topic.
 * {@code subject} is the enterprise's unified social credit code, which is also the Kafka record key.
 * {@code traceparent} is the CloudEvents distributed-tracing extension: the W3C trace context of the
 * request or record that caused the event (null, and absent from the JSON, outside a trace).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
    String specversion,
    String id,
    URI source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    URI dataschema,
    JsonNode data,
    String traceparent) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/cloudevents+json";

  @JsonCreator
  public CloudEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
  }

  /** An event without trace context (the envelope as it was before the tracing extension). */
  public CloudEvent(String specversion, String id, URI source, String type, String subject, Instant time,
      String datacontenttype, URI dataschema, JsonNode data) {
    this(specversion, id, source, type, subject, time, datacontenttype, dataschema, data, null);
  }

  /** The schema of every type lives in contracts/ under a name derived from the type. */
  public static URI schemaOf(String type) {
    return URI.create(ContractPaths.schemaIdFor(type));
  }
}
