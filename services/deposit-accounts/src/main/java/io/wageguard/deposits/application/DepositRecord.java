package io.wageguard.deposits.application;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.deposits.domain.Deposit;
import java.util.ArrayList;
import java.util.List;

/**
 * One enterprise's deposit as the store keeps it: the deposit, the ids of the consumed events already applied to
 * it, the version it was read at (null if never stored) and the events its change emitted. The store writes all of
 * it in one document write (the outbox is a field of the record), so a change, its events and its idempotency guard
 * are one atomic write.
 */
public final class DepositRecord {

  static final int APPLIED_EVENT_IDS_KEPT = 500;

  private final String creditCode;
  private final Long version;
  private final String jurisdiction;
  private List<String> appliedEventIds;
  private final Deposit deposit;
  private final List<CloudEvent> emitted = new ArrayList<>();

  /**
   * @param jurisdiction the jurisdiction the record was stored under (its indexed field), null if never stored
   */
  public DepositRecord(String creditCode, Long version, String jurisdiction, List<String> appliedEventIds,
      Deposit deposit) {
    this.creditCode = creditCode;
    this.version = version;
    this.jurisdiction = jurisdiction;
    this.appliedEventIds = new ArrayList<>(appliedEventIds == null ? List.of() : appliedEventIds);
    this.deposit = deposit;
  }

  /** A deposit never stored before. */
  public static DepositRecord fresh(String creditCode) {
    return new DepositRecord(creditCode, null, null, List.of(), new Deposit(creditCode));
  }

  public boolean applied(String eventId) {
    return appliedEventIds.contains(eventId);
  }

  public void markApplied(String eventId) {
    appliedEventIds.add(eventId);
    if (appliedEventIds.size() > APPLIED_EVENT_IDS_KEPT) {
      appliedEventIds = new ArrayList<>(
          appliedEventIds.subList(appliedEventIds.size() - APPLIED_EVENT_IDS_KEPT, appliedEventIds.size()));
    }
  }

  /** Waits in the record's outbox until the relay has published it. */
  public void emit(CloudEvent event) {
    emitted.add(event);
  }

  public String creditCode() { return creditCode; }
  public Long version() { return version; }
  public String jurisdiction() { return jurisdiction; }
  public List<String> appliedEventIds() { return List.copyOf(appliedEventIds); }
  public Deposit deposit() { return deposit; }
  public List<CloudEvent> emitted() { return List.copyOf(emitted); }
}
