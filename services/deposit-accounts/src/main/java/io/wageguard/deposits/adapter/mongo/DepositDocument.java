package io.wageguard.deposits.adapter.mongo;

import io.wageguard.chassis.outbox.OutboxDocument;
import io.wageguard.deposits.domain.Deposit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One enterprise's deposit, keyed by credit code: state, consumed event ids and pending events in one
 * document, so a change, its events and its idempotency guard are one atomic write. Stored before issue 15 under
 * the class name {@code io.wageguard.deposits.persistence.DepositDocument}; such documents still read (the stored
 * {@code _class} names no class any more, so the declared type is used).
 */
@Document(DepositDocument.COLLECTION)
public class DepositDocument extends OutboxDocument {
  public static final String COLLECTION = "deposits";

  @Id
  private String id;
  @Version
  private Long version;
  private String jurisdiction;
  /** Earliest open deadline; indexed, so the deadline sweep reads only what is due. */
  private LocalDate nextDueDate;
  private List<String> appliedEventIds = new ArrayList<>();
  private StoredDeposit deposit;

  public DepositDocument() {}

  DepositDocument(String creditCode, Long version, List<String> appliedEventIds, Deposit deposit) {
    this.id = creditCode;
    this.version = version;
    this.appliedEventIds = new ArrayList<>(appliedEventIds);
    this.deposit = StoredDeposit.of(deposit);
    // denormalised for the indexed queries
    this.jurisdiction = deposit.facts().jurisdiction();
    this.nextDueDate = deposit.nextDueDate();
  }

  public String getId() { return id; }
  public Long getVersion() { return version; }
  public String getJurisdiction() { return jurisdiction; }
  public LocalDate getNextDueDate() { return nextDueDate; }
  public List<String> getAppliedEventIds() { return appliedEventIds; }
  /** The domain's deposit, mapped from the stored fields (a new object at every call). */
  public Deposit getDeposit() { return deposit.toDomain(); }
}
