package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a change of a deposit produced, for the adapters to publish. */
public sealed interface DomainEvent {
  record ObligationAssessed(Assessment assessment) implements DomainEvent {}

  record LedgerEntryRecorded(LedgerEntry entry) implements DomainEvent {}

  record DeadlineMissed(DueItem item) implements DomainEvent {}

  /** EW-8; {@code since} stays the same for as long as the arrears keep exceeding the balance. */
  record ArrearsExceedBalance(BigDecimal unpaidArrears, BigDecimal balance, BigDecimal shortfall, LocalDate since)
      implements DomainEvent {}
}
