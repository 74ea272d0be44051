package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** The hash chain of the ledger (M-2): how an entry is sealed, and how anyone checks nothing was altered or removed. */
public final class Ledger {

  /** previousHash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private Ledger() {}

  /** The verification result: valid, or the first entry (by sequence) where the chain breaks, and why. */
  public record Verification(boolean valid, int entries, String headHash, Long brokenAtSequence, String reason) {}

  public static LedgerEntry seal(String entryId, long sequence, EntryKind kind, BigDecimal amount,
      BigDecimal balanceAfter, LocalDate valueDate, Instant recordedAt, String reference, String reverses,
      BigDecimal requested, BigDecimal shortfall, List<String> ruleIds, String previousHash) {
    // MongoDB keeps milliseconds; seal what will be stored, or the hash could not be recomputed.
    Instant stored = recordedAt.truncatedTo(ChronoUnit.MILLIS);
    LedgerEntry draft = new LedgerEntry(entryId, sequence, kind, amount, balanceAfter, valueDate, stored, reference,
        reverses, requested, shortfall, ruleIds, previousHash, null);
    return new LedgerEntry(entryId, sequence, kind, amount, balanceAfter, valueDate, stored, reference, reverses,
        requested, shortfall, ruleIds, previousHash, hashOf(draft));
  }

  public static String canonical(LedgerEntry e) {
    return String.join("|", "wageguard-ledger-v1", Long.toString(e.sequence()), e.entryId(), e.kind().name(),
        plain(e.amount()), plain(e.balanceAfter()), e.valueDate().toString(), e.recordedAt().toString(),
        Objects.toString(e.reference(), ""), Objects.toString(e.reverses(), ""), plain(e.requested()),
        plain(e.shortfall()), String.join(",", e.ruleIds()), e.previousHash());
  }

  public static String hashOf(LedgerEntry e) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * Recomputes every hash and link and the running balance. {@code expectedHead}/{@code expectedCount}, kept
   * apart from the entries, catch entries removed from the end.
   */
  public static Verification verify(List<LedgerEntry> entries, String expectedHead, Integer expectedCount) {
    String previous = GENESIS;
    BigDecimal balance = Money.ZERO;
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      if (e.sequence() != i + 1) {
        return broken(entries, i + 1, "sequence " + e.sequence() + " where " + (i + 1) + " was expected (entry removed or inserted)");
      }
      if (!previous.equals(e.previousHash())) {
        return broken(entries, e.sequence(), "previousHash does not match the hash of entry " + i);
      }
      if (!hashOf(e).equals(e.hash())) {
        return broken(entries, e.sequence(), "hash does not match the entry's content (entry altered)");
      }
      balance = balance.add(e.amount());
      if (balance.compareTo(e.balanceAfter()) != 0) {
        return broken(entries, e.sequence(), "balanceAfter " + Money.format(e.balanceAfter()) + " but the entries sum to "
            + Money.format(balance));
      }
      previous = e.hash();
    }
    if (expectedCount != null && expectedCount != entries.size()) {
      return broken(entries, (long) entries.size() + 1, expectedCount + " entries were recorded, " + entries.size() + " remain");
    }
    if (expectedHead != null && !entries.isEmpty() && !expectedHead.equals(previous)) {
      return broken(entries, (long) entries.size(), "the last entry is not the recorded head of the chain");
    }
    return new Verification(true, entries.size(), entries.isEmpty() ? GENESIS : previous, null, null);
  }

  private static Verification broken(List<LedgerEntry> entries, long at, String reason) {
    return new Verification(false, entries.size(), null, at, reason);
  }

  /** The balance at the end of a business day: the last entry valued on or before it. */
  public static BigDecimal balanceAsOf(List<LedgerEntry> entries, LocalDate date) {
    BigDecimal balance = Money.ZERO;
    for (LedgerEntry e : entries) {
      if (!e.valueDate().isAfter(date)) {
        balance = e.balanceAfter();
      }
    }
    return balance;
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }
}
