package io.wageguard.alerting.adapter.mongo;

import io.wageguard.chassis.outbox.OutboxDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One alert and its lifecycle; the events it emits wait in its outbox. The id is name-based on the facts. */
@Document(AlertDocument.COLLECTION)
@CompoundIndexes({
    @CompoundIndex(name = "jurisdiction_raised", def = "{'jurisdiction': 1, 'raisedAt': -1}"),
    @CompoundIndex(name = "recipient_raised", def = "{'recipientIds': 1, 'raisedAt': -1}"),
    @CompoundIndex(name = "enterprise_raised", def = "{'creditCode': 1, 'raisedAt': -1}"),
    @CompoundIndex(name = "escalation_due", def = "{'status': 1, 'escalateAt': 1}")
})
public class AlertDocument extends OutboxDocument {

  public static final String COLLECTION = "alerts";

  @Id
  public String id;
  @Version
  public Long version;
  public String signal;
  public String level;
  public String baseLevel;
  public List<String> ruleIds = new ArrayList<>();
  public String creditCode;
  public String enterpriseName;
  public String jurisdiction;
  public List<RecipientEntry> routedTo = new ArrayList<>();
  @Indexed
  public List<String> recipientIds = new ArrayList<>();
  public Map<String, Object> facts = new LinkedHashMap<>();
  public String causedByEventId;
  public String causedByType;
  public String caseId;
  public Instant raisedAt;
  public String policyVersion;
  /** OPEN, ACKNOWLEDGED, RESOLVED */
  public String status;
  /** When it escalates if nobody acknowledges it; null once acknowledged, resolved or RED. */
  public Instant escalateAt;
  public List<Escalation> escalations = new ArrayList<>();
  public FollowUp acknowledged;
  public FollowUp resolved;

  public static class RecipientEntry {
    public String unionId;
    public String name;
    public String role;

    public RecipientEntry() {}

    public RecipientEntry(String unionId, String name, String role) {
      this.unionId = unionId;
      this.name = name;
      this.role = role;
    }
  }

  public static class Escalation {
    public String from;
    public String to;
    public Instant at;
    public String reason;
  }

  /** Who acknowledged or resolved it, when, and their note. */
  public static class FollowUp {
    public String by;
    public String note;
    public Instant at;
  }
}
