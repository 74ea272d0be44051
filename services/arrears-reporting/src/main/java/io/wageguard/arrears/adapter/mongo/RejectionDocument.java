package io.wageguard.arrears.adapter.mongo;

import io.wageguard.chassis.outbox.OutboxDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A rejected submission, kept with its reasons; its rejection event leaves through the outbox. */
@Document(RejectionDocument.COLLECTION)
public class RejectionDocument extends OutboxDocument {

  public static final String COLLECTION = "rejections";

  @Id public String id;
  public String submissionId;
  public String creditCode;
  public List<Reason> reasons;
  public Instant receivedAt;

  public record Reason(String field, String rule, String message) {}
}
