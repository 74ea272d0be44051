package io.wageguard.deposits.persistence;

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
 * document, so a change, its events and its idempotency guard are one atomic write.
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
  private Deposit deposit;

  public DepositDocument() {}

  public DepositDocument(String creditCode) {
    this.id = creditCode;
    this.deposit = new Deposit(creditCode);
  }

  public boolean applied(String eventId) {
    return appliedEventIds.contains(eventId);
  }

  public void markApplied(String eventId) {
    appliedEventIds.add(eventId);
    if (appliedEventIds.size() > 500) {
      appliedEventIds = new ArrayList<>(appliedEventIds.subList(appliedEventIds.size() - 500, appliedEventIds.size()));
    }
  }

  /** Denormalised fields for the indexed queries. */
  public void refreshIndexes() {
    jurisdiction = deposit.facts().jurisdiction();
    nextDueDate = deposit.nextDueDate();
  }

  public String getId() { return id; }
  public Long getVersion() { return version; }
  public String getJurisdiction() { return jurisdiction; }
  public LocalDate getNextDueDate() { return nextDueDate; }
  public Deposit getDeposit() { return deposit; }
}
