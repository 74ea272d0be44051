package io.wageguard.arrears.adapter.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** This service's view of an enterprise, kept from enterprise.events (newest registry version wins). */
@Document(EnterpriseView.COLLECTION)
public class EnterpriseView {

  public static final String COLLECTION = "enterprises";

  @Id public String creditCode;
  public String name;
  public String jurisdiction;
  public String status;
  public Long registryVersion;
}
