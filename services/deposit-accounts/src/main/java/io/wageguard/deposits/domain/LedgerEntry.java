package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One append-only ledger entry (M-2). {@code amount} is signed (credits positive); {@code requested} and
 * {@code shortfall} record what a payout could not cover (M-3). {@code hash} is the SHA-256 of the entry's
 * canonical text including {@code previousHash}, so a changed or removed entry breaks the chain.
 */
public record LedgerEntry(String entryId, long sequence, EntryKind kind, BigDecimal amount, BigDecimal balanceAfter,
                          LocalDate valueDate, Instant recordedAt, String reference, String reverses,
                          BigDecimal requested, BigDecimal shortfall, List<String> ruleIds,
                          String previousHash, String hash) {

  public LedgerEntry {
    ruleIds = List.copyOf(ruleIds);
  }
}
