package io.wageguard.alerting.persistence;

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
}
