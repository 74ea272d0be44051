package io.wageguard.arrears.adapter.mongo;

import io.wageguard.chassis.outbox.OutboxDocument;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Per enterprise: the wage months in arrears (TC-3c, HT-4) and whether the threshold is currently reached. */
@Document(EnterpriseArrearsDocument.COLLECTION)
public class EnterpriseArrearsDocument extends OutboxDocument {

  public static final String COLLECTION = "enterpriseArrears";

  @Id public String creditCode;
  @Version public Long version;
  public String jurisdiction;
  public List<String> wageMonths = new ArrayList<>();
  public boolean thresholdReached;
  public int monthsInRow;
  public int monthsInTotal;
  /** Cases already counted, so that a redelivered opening counts nothing twice. */
  public List<String> countedCases = new ArrayList<>();
}
