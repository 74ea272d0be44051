package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.application.UnionDirectory;
import io.wageguard.alerting.domain.Union;
import io.wageguard.alerting.domain.UnionKind;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A union directory entry: union, labour bureau or joint-meeting department, with its webhook if any. */
@Document(UnionDocument.COLLECTION)
public class UnionDocument {

  public static final String COLLECTION = "unions";

  @Id
  public String id;
  @Version
  public Long version;
  public String name;
  public String nameEn;
  public String kind;
  @Indexed
  public List<String> jurisdictions = new ArrayList<>();
  public String creditCode;
  public String department;
  public List<String> jointMeetingOf = new ArrayList<>();
  public Webhook webhook;

  public static class Webhook {
    public String url;
    public String secret;
  }

  public Union toDomain() {
    return new Union(id, name, nameEn, UnionKind.valueOf(kind), jurisdictions, creditCode, department, jointMeetingOf);
  }

  public UnionDirectory.Entry toEntry() {
    return new UnionDirectory.Entry(toDomain(), webhook == null ? null : new UnionDirectory.Webhook(webhook.url,
        webhook.secret), version);
  }

  /** The entry's document, with the version it was read at (null for a new one). */
  public static UnionDocument of(UnionDirectory.Entry entry) {
    Union union = entry.union();
    UnionDocument doc = new UnionDocument();
    doc.id = union.id();
    doc.version = entry.version();
    doc.name = union.name();
    doc.nameEn = union.nameEn();
    doc.kind = union.kind().name();
    doc.jurisdictions = new ArrayList<>(union.jurisdictions());
    doc.creditCode = union.creditCode();
    doc.department = union.department();
    doc.jointMeetingOf = new ArrayList<>(union.jointMeetingOf());
    doc.webhook = entry.webhook() == null ? null : webhook(entry.webhook());
    return doc;
  }

  static Webhook webhook(UnionDirectory.Webhook webhook) {
    Webhook doc = new Webhook();
    doc.url = webhook.url();
    doc.secret = webhook.secret();
    return doc;
  }
}
