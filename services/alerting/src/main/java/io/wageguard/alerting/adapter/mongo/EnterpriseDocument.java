package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.domain.EnterpriseView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Alerting's own view of an enterprise, kept from enterprise.events (newest version wins). */
@Document(EnterpriseDocument.COLLECTION)
public class EnterpriseDocument {

  public static final String COLLECTION = "enterprises";

  @Id
  public String creditCode;
  public String name;
  public String jurisdiction;
  public String town;
  public boolean hasOwnUnion;
  public String status;
  public long sourceVersion;

  public EnterpriseView toDomain() {
    return new EnterpriseView(creditCode, name, jurisdiction, town, hasOwnUnion);
  }
}
