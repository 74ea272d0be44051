package io.wageguard.deposits.domain;

import io.wageguard.chassis.rules.RuleBroken;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The account and its ledger: the TC-4 agreement, the HT-3 certificate, the HT-7 account (opened, closed by a
 * refund) and the append-only, hash-chained ledger of movements (M-1, M-2, M-3).
 */
final class Account {

  /** What is stored of an account and its ledger. */
  record State(LocalDate agreementSignedOn, String agreementWitness, LocalDate certificateIssuedOn,
               LocalDate accountOpenedOn, String bank, String accountNumber, LocalDate accountClosedOn,
               List<LedgerEntry> ledger, String ledgerHead, int ledgerCount) {}

  private LocalDate agreementSignedOn;
  private String agreementWitness;
  private LocalDate certificateIssuedOn;
  private LocalDate accountOpenedOn;
  private String bank;
  private String accountNumber;
  private LocalDate accountClosedOn;
  private final List<LedgerEntry> ledger;
  private String ledgerHead;
  private int ledgerCount;

  Account() {
    this(new State(null, null, null, null, null, null, null, List.of(), Ledger.GENESIS, 0));
  }

  Account(State s) {
    agreementSignedOn = s.agreementSignedOn();
    agreementWitness = s.agreementWitness();
    certificateIssuedOn = s.certificateIssuedOn();
    accountOpenedOn = s.accountOpenedOn();
    bank = s.bank();
    accountNumber = s.accountNumber();
    accountClosedOn = s.accountClosedOn();
    ledger = new ArrayList<>(s.ledger() == null ? List.of() : s.ledger());
    ledgerHead = s.ledgerHead() == null ? Ledger.GENESIS : s.ledgerHead();
    ledgerCount = s.ledgerCount();
  }

  State state() {
    return new State(agreementSignedOn, agreementWitness, certificateIssuedOn, accountOpenedOn, bank, accountNumber,
        accountClosedOn, List.copyOf(ledger), ledgerHead, ledgerCount);
  }

  // ---------------------------------------------------------------- agreement, certificate, account

  /** TC-4: witnessed by the union, once. */
  void signAgreement(LocalDate today, LocalDate signedOn, String witnessedBy) {
    if (witnessedBy == null || witnessedBy.isBlank()) {
      throw RuleBroken.of("witnessedBy", "TC-4", "the agreement is witnessed by the city union federation");
    }
    Checks.notInFuture(today, signedOn, "signedOn");
    if (agreementSignedOn != null) {
      throw RuleBroken.of("signedOn", "TC-4", "an agreement was already signed on " + agreementSignedOn);
    }
    agreementSignedOn = signedOn;
    agreementWitness = witnessedBy;
  }

  /** HT-3: once. */
  void issueCertificate(LocalDate today, LocalDate issuedOn) {
    Checks.notInFuture(today, issuedOn, "issuedOn");
    if (certificateIssuedOn != null) {
      throw RuleBroken.of("issuedOn", "HT-3", "a certificate was already issued on " + certificateIssuedOn);
    }
    certificateIssuedOn = issuedOn;
  }

  /** HT-3, HT-7: after the certificate, one account per enterprise. */
  void open(LocalDate today, LocalDate openedOn, String bankName, String number) {
    if (certificateIssuedOn == null) {
      throw RuleBroken.of("openedOn", "HT-3", "no certificate has been issued");
    }
    if (accountOpenedOn != null) {
      throw RuleBroken.of("accountNumber", "HT-7", "one enterprise, one account: opened " + accountOpenedOn);
    }
    Checks.notInFuture(today, openedOn, "openedOn");
    if (openedOn.isBefore(certificateIssuedOn)) {
      throw RuleBroken.of("openedOn", "HT-3", "before the certificate was issued (" + certificateIssuedOn + ")");
    }
    accountOpenedOn = openedOn;
    bank = bankName;
    accountNumber = number;
  }

  /** HT-6: the refund of the whole balance closes the account. */
  void close(LocalDate closedOn) {
    accountClosedOn = closedOn;
  }

  boolean isOpen() {
    return accountOpenedOn != null && accountClosedOn == null;
  }

  /** How far the enterprise has come, as of a date, under a REQUIRED assessment ({@code lumpSum}: TC, else HT). */
  String stage(boolean lumpSum, LocalDate date) {
    if (accountClosedOn != null && !accountClosedOn.isAfter(date)) {
      return "REFUNDED";
    }
    if (lumpSum) {
      return agreementSignedOn == null || agreementSignedOn.isAfter(date) ? "AWAITING_AGREEMENT" : "AGREEMENT_SIGNED";
    }
    if (certificateIssuedOn == null || certificateIssuedOn.isAfter(date)) {
      return "AWAITING_CERTIFICATE";
    }
    return accountOpenedOn == null || accountOpenedOn.isAfter(date) ? "AWAITING_ACCOUNT" : "ACCOUNT_OPEN";
  }

  LocalDate agreementSignedOn() { return agreementSignedOn; }
  String agreementWitness() { return agreementWitness; }
  LocalDate certificateIssuedOn() { return certificateIssuedOn; }
  LocalDate accountOpenedOn() { return accountOpenedOn; }
  String bank() { return bank; }
  String accountNumber() { return accountNumber; }
  LocalDate accountClosedOn() { return accountClosedOn; }

  // ---------------------------------------------------------------- the ledger

  BigDecimal balance() {
    return ledger.isEmpty() ? Money.ZERO : ledger.getLast().balanceAfter();
  }

  BigDecimal balanceAsOf(LocalDate date) {
    return Ledger.balanceAsOf(ledger, date);
  }

  boolean hasEntries() {
    return !ledger.isEmpty();
  }

  List<LedgerEntry> entries() {
    return List.copyOf(ledger);
  }

  String head() {
    return ledgerHead;
  }

  /** P-1, M-2: a movement has a business date, not after today, and not before the last entry's. */
  void checkValueDate(LocalDate today, LocalDate valueDate) {
    if (valueDate == null) {
      throw RuleBroken.of("valueDate", "P-1", "the business date of the movement is required");
    }
    Checks.notInFuture(today, valueDate, "valueDate");
    if (!ledger.isEmpty() && valueDate.isBefore(ledger.getLast().valueDate())) {
      throw RuleBroken.of("valueDate", "M-2", "the ledger is append-only in date order: last entry is valued "
          + ledger.getLast().valueDate());
    }
  }

  /** M-2: the entry a reversal corrects: it exists, is no reversal itself and is not reversed yet. */
  LedgerEntry reversible(String entryId) {
    LedgerEntry original = ledger.stream().filter(e -> e.entryId().equals(entryId)).findFirst()
        .orElseThrow(() -> RuleBroken.of("entryId", "M-2", "no entry " + entryId));
    if (original.kind() == EntryKind.REVERSAL) {
      throw RuleBroken.of("entryId", "M-2", "a reversal is not reversed; record a new entry instead");
    }
    if (ledger.stream().anyMatch(e -> entryId.equals(e.reverses()))) {
      throw RuleBroken.of("entryId", "M-2", "entry " + entryId + " is already reversed");
    }
    return original;
  }

  /** Seals the next entry onto the chain; its id is name-based on the enterprise and the sequence. */
  LedgerEntry append(String creditCode, Instant now, EntryKind kind, BigDecimal amount, LocalDate valueDate,
      String reference, String reverses, BigDecimal requested, BigDecimal shortfall, List<String> ruleIds) {
    long sequence = ledger.size() + 1;
    String entryId = UUID.nameUUIDFromBytes((creditCode + "\u001fledger\u001f" + sequence).getBytes(
        StandardCharsets.UTF_8)).toString();
    LedgerEntry entry = Ledger.seal(entryId, sequence, kind, amount.setScale(2), balance().add(amount).setScale(2),
        valueDate, now, reference, reverses, requested, shortfall, List.copyOf(new LinkedHashSet<>(ruleIds)),
        ledgerHead);
    ledger.add(entry);
    ledgerHead = entry.hash();
    ledgerCount = ledger.size();
    return entry;
  }

  /** HT-2: what was contributed in a month. */
  BigDecimal contributedIn(YearMonth month) {
    return ledger.stream().filter(e -> e.kind() == EntryKind.CONTRIBUTION && YearMonth.from(e.valueDate()).equals(month))
        .map(LedgerEntry::amount).reduce(Money.ZERO, BigDecimal::add);
  }

  List<LedgerEntry> entriesAsOf(LocalDate date) {
    return ledger.stream().filter(e -> !e.valueDate().isAfter(date)).toList();
  }

  /** M-3: the shortfalls of the payouts valued by a date. */
  static BigDecimal shortfalls(List<LedgerEntry> entries) {
    return entries.stream().map(LedgerEntry::shortfall).filter(Objects::nonNull).reduce(Money.ZERO, BigDecimal::add);
  }

  /** Checks the whole chain: every hash, every link, the recorded head and count. */
  Ledger.Verification verify() {
    return Ledger.verify(ledger, ledgerHead, ledgerCount);
  }

  /** Checks the entries valued by a date; against the recorded head and count only if they are all of them. */
  Ledger.Verification verify(List<LedgerEntry> entriesAsOf) {
    boolean full = entriesAsOf.size() == ledger.size();
    return Ledger.verify(entriesAsOf, full ? ledgerHead : null, full ? ledgerCount : null);
  }
}
