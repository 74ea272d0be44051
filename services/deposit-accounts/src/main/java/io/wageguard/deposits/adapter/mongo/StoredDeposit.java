package io.wageguard.deposits.adapter.mongo;

import io.wageguard.deposits.domain.Assessment;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.DueItem;
import io.wageguard.deposits.domain.EnterpriseFacts;
import io.wageguard.deposits.domain.LedgerEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code deposit} field of a stored {@link DepositDocument}: these names, in this order, are the stored shape
 * (they were {@code Deposit}'s own fields before issue 15), whatever the domain's classes look like. The facts,
 * assessments, ledger entries and due items inside are the domain's value types, stored as they are.
 */
record StoredDeposit(String creditCode, EnterpriseFacts facts, Assessment assessment, List<Assessment> assessments,
                     LocalDate agreementSignedOn, String agreementWitness, LocalDate certificateIssuedOn,
                     LocalDate accountOpenedOn, String bank, String accountNumber, LocalDate accountClosedOn,
                     List<LedgerEntry> ledger, String ledgerHead, int ledgerCount, List<DueItem> dueItems,
                     boolean arrearsExceedBalance, BigDecimal lastShortfall, LocalDate arrearsExceedSince) {

  static StoredDeposit of(Deposit deposit) {
    Deposit.Snapshot s = deposit.snapshot();
    return new StoredDeposit(s.creditCode(), s.facts(), s.assessment(), s.assessments(), s.agreementSignedOn(),
        s.agreementWitness(), s.certificateIssuedOn(), s.accountOpenedOn(), s.bank(), s.accountNumber(),
        s.accountClosedOn(), s.ledger(), s.ledgerHead(), s.ledgerCount(), s.dueItems(), s.arrearsExceedBalance(),
        s.lastShortfall(), s.arrearsExceedSince());
  }

  Deposit toDomain() {
    return Deposit.restore(new Deposit.Snapshot(creditCode, facts, assessment, assessments, agreementSignedOn,
        agreementWitness, certificateIssuedOn, accountOpenedOn, bank, accountNumber, accountClosedOn, ledger,
        ledgerHead, ledgerCount, dueItems, arrearsExceedBalance, lastShortfall, arrearsExceedSince));
  }
}
