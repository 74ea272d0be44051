package io.wageguard.deposits.domain;

import java.math.BigDecimal;

/** What a change of a deposit produced, for the adapters to publish. */
public sealed interface DomainEvent {
  record ObligationAssessed(Assessment assessment) implements DomainEvent {}

  record LedgerEntryRecorded(LedgerEntry entry) implements DomainEvent {}

  record DeadlineMissed(DueItem item) implements DomainEvent {}

  record ArrearsExceedBalance(BigDecimal unpaidArrears, BigDecimal balance, BigDecimal shortfall) implements DomainEvent {}
}
