package io.wageguard.deposits.domain;

import io.wageguard.chassis.time.Deadline;
import io.wageguard.chassis.time.Periods;
import io.wageguard.deposits.domain.Assessment.DueDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One enterprise's deposit: its facts, its obligation (with the history of assessments), the agreement or
 * certificate and account, the deadlines, and the append-only ledger. Every operation returns the events it
 * caused; the caller stores the deposit and those events in one write.
 */
public class Deposit {

  /** What an operation needs from outside: the policy in force, the calendar and the time. */
  public record Context(Optional<Policy> policy, Periods periods, LocalDate today, Instant now) {}

  public record PayoutRequest(EntryKind kind, BigDecimal amount, LocalDate valueDate, String reference,
                              String requestedBy, String approvedBy, Integer months, Integer workers) {}

  public record StatusView(String creditCode, String jurisdiction, LocalDate asOf, Assessment assessment,
                           BigDecimal balance, String compliance, String stage, DueItem nextDue,
                           List<DueItem> missedDeadlines, List<LedgerEntry> ledger, Ledger.Verification verification,
                           BigDecimal shortfallTotal) {}

  private String creditCode;
  private EnterpriseFacts facts;
  private Assessment assessment;
  private List<Assessment> assessments = new ArrayList<>();
  private LocalDate agreementSignedOn;
  private String agreementWitness;
  private LocalDate certificateIssuedOn;
  private LocalDate accountOpenedOn;
  private String bank;
  private String accountNumber;
  private LocalDate accountClosedOn;
  private List<LedgerEntry> ledger = new ArrayList<>();
  private String ledgerHead = Ledger.GENESIS;
  private int ledgerCount;
  private List<DueItem> dueItems = new ArrayList<>();
  private boolean arrearsExceedBalance;
  private BigDecimal lastShortfall;
  /** The business date unpaid arrears began to exceed the balance: one EW-8 episode, however it changes. */
  private LocalDate arrearsExceedSince;

  /**
   * Everything a deposit keeps, for a store to write and read back field by field (adapter.mongo maps it to the
   * stored document). Absent lists and ledger head read as empty and the genesis hash.
   */
  public record Snapshot(String creditCode, EnterpriseFacts facts, Assessment assessment, List<Assessment> assessments,
                         LocalDate agreementSignedOn, String agreementWitness, LocalDate certificateIssuedOn,
                         LocalDate accountOpenedOn, String bank, String accountNumber, LocalDate accountClosedOn,
                         List<LedgerEntry> ledger, String ledgerHead, int ledgerCount, List<DueItem> dueItems,
                         boolean arrearsExceedBalance, BigDecimal lastShortfall, LocalDate arrearsExceedSince) {}

  private Deposit() {}

  public Deposit(String creditCode) {
    this.creditCode = creditCode;
    this.facts = new EnterpriseFacts(creditCode);
  }

  public static Deposit restore(Snapshot s) {
    Deposit d = new Deposit();
    d.creditCode = s.creditCode();
    d.facts = s.facts();
    d.assessment = s.assessment();
    d.assessments = s.assessments() == null ? new ArrayList<>() : new ArrayList<>(s.assessments());
    d.agreementSignedOn = s.agreementSignedOn();
    d.agreementWitness = s.agreementWitness();
    d.certificateIssuedOn = s.certificateIssuedOn();
    d.accountOpenedOn = s.accountOpenedOn();
    d.bank = s.bank();
    d.accountNumber = s.accountNumber();
    d.accountClosedOn = s.accountClosedOn();
    d.ledger = s.ledger() == null ? new ArrayList<>() : new ArrayList<>(s.ledger());
    d.ledgerHead = s.ledgerHead() == null ? Ledger.GENESIS : s.ledgerHead();
    d.ledgerCount = s.ledgerCount();
    d.dueItems = s.dueItems() == null ? new ArrayList<>() : new ArrayList<>(s.dueItems());
    d.arrearsExceedBalance = s.arrearsExceedBalance();
    d.lastShortfall = s.lastShortfall();
    d.arrearsExceedSince = s.arrearsExceedSince();
    return d;
  }

  public Snapshot snapshot() {
    return new Snapshot(creditCode, facts, assessment, List.copyOf(assessments), agreementSignedOn, agreementWitness,
        certificateIssuedOn, accountOpenedOn, bank, accountNumber, accountClosedOn, List.copyOf(ledger), ledgerHead,
        ledgerCount, List.copyOf(dueItems), arrearsExceedBalance, lastShortfall, arrearsExceedSince);
  }

  // ---------------------------------------------------------------- re-assessment after any change

  /** Re-assesses and brings deadlines and EW-8 up to date; call after every change of facts or money. */
  public List<DomainEvent> settle(Context ctx) {
    return settle(ctx, ctx.today());
  }

  private List<DomainEvent> settle(Context ctx, LocalDate on) {
    List<DomainEvent> events = new ArrayList<>();
    Assessment fresh = ObligationAssessor.assess(facts, ctx.policy(), ctx.today());
    if (!fresh.sameDecisionAs(assessment)) {
      assessment = fresh.numbered(assessments.size() + 1, deadlinesFor(fresh, ctx), ctx.now());
      assessments.add(assessment);
      events.add(new DomainEvent.ObligationAssessed(assessment));
      if (assessment.outcome() != Outcome.REQUIRED) {
        dueItems.replaceAll(d -> d.open() ? d.cancelled(ctx.today()) : d);
      }
    }
    refreshDueItems(ctx, on);
    ew8(ctx, events);
    return events;
  }

  private List<DueDate> deadlinesFor(Assessment a, Context ctx) {
    if (a.outcome() != Outcome.REQUIRED || ctx.policy().isEmpty()) {
      return List.of();
    }
    Policy p = ctx.policy().get();
    List<DueDate> list = new ArrayList<>();
    if (p.isLumpSum()) {
      Deadline deadline = agreementSignedOn == null ? null
          : ctx.periods().withinMonths(agreementSignedOn, p.lumpSum().depositWithinMonths());
      list.add(new DueDate(DueItem.TC4_DEPOSIT, deadline == null ? null : deadline.date(), a.requiredAmount(),
          citing("TC-4", deadline, "P-5"),
          "within " + p.lumpSum().depositWithinMonths() + " months of signing the agreement"
              + (agreementSignedOn == null ? " (not signed yet)" : " signed " + agreementSignedOn)));
    } else {
      Deadline deadline = certificateIssuedOn == null ? null
          : ctx.periods().withinWorkingDays(certificateIssuedOn, p.monthly().accountWithinWorkingDays());
      list.add(new DueDate(DueItem.HT3_ACCOUNT, deadline == null ? null : deadline.date(), null,
          citing("HT-3", deadline, "P-4"),
          "account within " + p.monthly().accountWithinWorkingDays() + " working days of the certificate"
              + (certificateIssuedOn == null ? " (not issued yet)" : " issued " + certificateIssuedOn)));
      list.add(new DueDate(DueItem.HT2_CONTRIBUTION, null, null, List.of("HT-2"),
          "monthly, at least " + p.monthly().monthlyRate().movePointRight(2).stripTrailingZeros().toPlainString()
              + "% of the month's payroll, due by the month's last day, until the balance reaches the cap"));
    }
    return list;
  }

  /** The rule, then the periods the computed deadline cites (P-3 when it rolled past a holiday). */
  private static List<String> citing(String rule, Deadline deadline, String periodRule) {
    List<String> ids = new ArrayList<>(List.of(rule));
    ids.addAll(deadline == null ? List.of(periodRule) : deadline.ruleIds());
    return List.copyOf(ids);
  }

  // ---------------------------------------------------------------- agreement, certificate, account

  /** TC-4: the agreement signed with the labour bureau, witnessed by the union; the deposit is due within 2 months. */
  public List<DomainEvent> signAgreement(Context ctx, LocalDate signedOn, String witnessedBy) {
    Policy p = requirePolicy(ctx, Policy.Family.LUMP_SUM, "TC-4");
    requireRequired("TC-4");
    if (witnessedBy == null || witnessedBy.isBlank()) {
      throw new Refused("witnessedBy", "TC-4", "the agreement is witnessed by the city union federation");
    }
    notInFuture(ctx, signedOn, "signedOn");
    if (agreementSignedOn != null) {
      throw new Refused("signedOn", "TC-4", "an agreement was already signed on " + agreementSignedOn);
    }
    agreementSignedOn = signedOn;
    agreementWitness = witnessedBy;
    Deadline due = ctx.periods().withinMonths(signedOn, p.lumpSum().depositWithinMonths());
    addDue(DueItem.TC4_DEPOSIT, ctx.today(), due.date(), assessment.requiredAmount(), null, rules("TC-4", due));
    List<DomainEvent> events = reassessWithDeadlines(ctx);
    events.addAll(settle(ctx));
    return events;
  }

  /** HT-3: the certificate issued; the account must be opened within 10 working days. */
  public List<DomainEvent> issueCertificate(Context ctx, LocalDate issuedOn) {
    Policy p = requirePolicy(ctx, Policy.Family.MONTHLY, "HT-3");
    requireRequired("HT-3");
    notInFuture(ctx, issuedOn, "issuedOn");
    if (certificateIssuedOn != null) {
      throw new Refused("issuedOn", "HT-3", "a certificate was already issued on " + certificateIssuedOn);
    }
    certificateIssuedOn = issuedOn;
    Deadline due = ctx.periods().withinWorkingDays(issuedOn, p.monthly().accountWithinWorkingDays());
    addDue(DueItem.HT3_ACCOUNT, ctx.today(), due.date(), null, null, rules("HT-3", due));
    List<DomainEvent> events = reassessWithDeadlines(ctx);
    events.addAll(settle(ctx));
    return events;
  }

  /** HT-3, HT-7: one dedicated account per enterprise at its basic-account bank. */
  public List<DomainEvent> openAccount(Context ctx, LocalDate openedOn, String bankName, String number) {
    requirePolicy(ctx, Policy.Family.MONTHLY, "HT-3");
    if (certificateIssuedOn == null) {
      throw new Refused("openedOn", "HT-3", "no certificate has been issued");
    }
    if (accountOpenedOn != null) {
      throw new Refused("accountNumber", "HT-7", "one enterprise, one account: opened " + accountOpenedOn);
    }
    notInFuture(ctx, openedOn, "openedOn");
    if (openedOn.isBefore(certificateIssuedOn)) {
      throw new Refused("openedOn", "HT-3", "before the certificate was issued (" + certificateIssuedOn + ")");
    }
    accountOpenedOn = openedOn;
    bank = bankName;
    accountNumber = number;
    dueItems.replaceAll(d -> d.open() && d.obligation().equals(DueItem.HT3_ACCOUNT) ? d.met(openedOn) : d);
    return settle(ctx, openedOn);
  }

  private List<DomainEvent> reassessWithDeadlines(Context ctx) {
    // A new start date gives the assessment concrete deadlines: publish it even if the decision is unchanged.
    List<DomainEvent> events = new ArrayList<>();
    if (assessment != null && assessment.outcome() == Outcome.REQUIRED) {
      assessment = assessment.numbered(assessments.size() + 1, deadlinesFor(assessment, ctx), ctx.now());
      assessments.add(assessment);
      events.add(new DomainEvent.ObligationAssessed(assessment));
    }
    return events;
  }

  // ---------------------------------------------------------------- money in

  /** DEPOSIT (TC-4), TOP_UP (TC-5) or CONTRIBUTION (HT-2). */
  public List<DomainEvent> credit(Context ctx, EntryKind kind, BigDecimal amount, LocalDate valueDate, String reference) {
    Policy p = requirePolicy(ctx, null, kind.rule());
    if (!kind.credit()) {
      throw new Refused("kind", kind.rule(), kind + " is not a credit");
    }
    positive(amount, "amount");
    checkValueDate(ctx, valueDate);
    if (p.isLumpSum()) {
      if (kind == EntryKind.CONTRIBUTION) {
        throw new Refused("kind", "HT-2", "monthly contributions are not part of " + p.ref());
      }
      if (agreementSignedOn == null) {
        throw new Refused("kind", "TC-4", "no deposit agreement has been signed");
      }
    } else {
      if (kind != EntryKind.CONTRIBUTION) {
        throw new Refused("kind", "HT-2", p.ref() + " takes monthly contributions only");
      }
      if (accountOpenedOn == null || accountClosedOn != null) {
        throw new Refused("kind", "HT-7", "no open deposit account");
      }
      BigDecimal cap = capFor(p, valueDate.getYear());
      if (cap != null && balance().add(amount).compareTo(cap) > 0) {
        throw new Refused("amount", "HT-2", "the balance would exceed the cap of " + Money.format(cap)
            + "; at most " + Money.format(Money.max(Money.ZERO, cap.subtract(balance()))) + " can be contributed");
      }
    }
    List<DomainEvent> events = new ArrayList<>();
    events.add(append(ctx, kind, amount, valueDate, reference, null, null, null, List.of(kind.rule(), "M-1")));
    events.addAll(settle(ctx, valueDate));
    return events;
  }

  // ---------------------------------------------------------------- money out

  /** HT-4 drawdown, HT-5 direct payout, TC-7 insolvency payout; never below zero, shortfall recorded (M-3). */
  public List<DomainEvent> payout(Context ctx, PayoutRequest r) {
    if (r.kind() == null || !r.kind().payout()) {
      throw new Refused("kind", "M-3", "kind must be DRAWDOWN, DIRECT_PAYOUT or INSOLVENCY_PAYOUT");
    }
    Policy p = requirePolicy(ctx, r.kind() == EntryKind.INSOLVENCY_PAYOUT ? Policy.Family.LUMP_SUM : Policy.Family.MONTHLY,
        r.kind().rule());
    checkValueDate(ctx, r.valueDate());
    BigDecimal requested = Payouts.requested(p, facts, r, ctx.today());
    List<String> ruleIds = new ArrayList<>(List.of(r.kind().rule()));
    BigDecimal paid = Money.min(requested, balance());
    BigDecimal shortfall = requested.subtract(paid);
    if (shortfall.signum() > 0) {
      ruleIds.add("M-3");
    }
    ruleIds.add("M-1");
    List<DomainEvent> events = new ArrayList<>();
    events.add(append(ctx, r.kind(), paid.negate(), r.valueDate(), r.reference(), null, requested, shortfall, ruleIds));
    if (p.isLumpSum() && assessment != null && assessment.outcome() == Outcome.REQUIRED
        && !p.lumpSum().insolvencyStatuses().contains(facts.status())) {
      topUpIfShort(ctx, p, r.valueDate());
    }
    events.addAll(settle(ctx, r.valueDate()));
    return events;
  }

  /** TC-7: months × the minimum wage × workers, exact to the fen. */
  public static BigDecimal insolvencyAmount(Policy.LumpSum ls, int months, int workers) {
    return Payouts.insolvencyAmount(ls, months, workers);
  }

  /** TC-5: a payout left the balance under the requirement: top up within 30 days. */
  private void topUpIfShort(Context ctx, Policy p, LocalDate payoutDate) {
    BigDecimal required = assessment.requiredAmount();
    if (required == null || balance().compareTo(required) >= 0) {
      return;
    }
    boolean open = dueItems.stream().anyMatch(d -> d.open() && d.obligation().equals(DueItem.TC5_TOP_UP));
    if (!open) {
      Deadline due = ctx.periods().withinDays(payoutDate, p.lumpSum().topUpWithinDays());
      addDue(DueItem.TC5_TOP_UP, payoutDate, due.date(), required.subtract(balance()), null, rules("TC-5", due));
    }
  }

  /** HT-6 refund of the whole balance: (a) own premises, (b) grade A N years in a row, (c) deregistered after bankruptcy, closure, relocation. */
  public List<DomainEvent> refund(Context ctx, String reason, LocalDate valueDate, String reference) {
    Policy p = requirePolicy(ctx, Policy.Family.MONTHLY, "HT-6");
    Policy.Monthly m = p.monthly();
    checkValueDate(ctx, valueDate);
    Payouts.requireRefundAllowed(m, facts, reason, ctx.today().getYear());
    if (balance().signum() <= 0) {
      throw new Refused("reason", "HT-6", "nothing to refund: the balance is 0.00");
    }
    List<DomainEvent> events = new ArrayList<>();
    events.add(append(ctx, EntryKind.REFUND, balance().negate(), valueDate, reference, null, null, null,
        List.of("HT-6", reason, "M-1")));
    accountClosedOn = valueDate;
    dueItems.replaceAll(d -> d.open() ? d.cancelled(valueDate) : d);
    events.addAll(settle(ctx, valueDate));
    return events;
  }

  /** M-2: a wrong entry is corrected by a reversing entry, never edited. */
  public List<DomainEvent> reverse(Context ctx, String entryId, LocalDate valueDate, String reason) {
    LedgerEntry original = ledger.stream().filter(e -> e.entryId().equals(entryId)).findFirst()
        .orElseThrow(() -> new Refused("entryId", "M-2", "no entry " + entryId));
    if (original.kind() == EntryKind.REVERSAL) {
      throw new Refused("entryId", "M-2", "a reversal is not reversed; record a new entry instead");
    }
    if (ledger.stream().anyMatch(e -> entryId.equals(e.reverses()))) {
      throw new Refused("entryId", "M-2", "entry " + entryId + " is already reversed");
    }
    checkValueDate(ctx, valueDate);
    BigDecimal amount = original.amount().negate();
    if (balance().add(amount).signum() < 0) {
      throw new Refused("entryId", "M-3", "reversing it would take the balance below zero");
    }
    List<DomainEvent> events = new ArrayList<>();
    events.add(append(ctx, EntryKind.REVERSAL, amount, valueDate, reason, entryId, null, null, List.of("M-2")));
    events.addAll(settle(ctx, valueDate));
    return events;
  }

  private DomainEvent append(Context ctx, EntryKind kind, BigDecimal amount, LocalDate valueDate, String reference,
      String reverses, BigDecimal requested, BigDecimal shortfall, List<String> ruleIds) {
    long sequence = ledger.size() + 1;
    String entryId = UUID.nameUUIDFromBytes((creditCode + "\u001fledger\u001f" + sequence).getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).toString();
    LedgerEntry entry = Ledger.seal(entryId, sequence, kind, amount.setScale(2), balance().add(amount).setScale(2),
        valueDate, ctx.now(), reference, reverses, requested, shortfall, List.copyOf(new LinkedHashSet<>(ruleIds)),
        ledgerHead);
    ledger.add(entry);
    ledgerHead = entry.hash();
    ledgerCount = ledger.size();
    return new DomainEvent.LedgerEntryRecorded(entry);
  }

  // ---------------------------------------------------------------- deadlines

  /** EW-7: every open deadline that passed before today is missed, once; missCount counts misses per obligation. */
  public List<DomainEvent> sweep(Context ctx) {
    List<DomainEvent> events = new ArrayList<>();
    for (int guard = 0; guard < 120; guard++) {
      Optional<DueItem> late = dueItems.stream()
          .filter(d -> d.open() && d.missedOn() == null && d.dueDate().isBefore(ctx.today()))
          .min(Comparator.comparing(DueItem::dueDate));
      if (late.isEmpty()) {
        break;
      }
      DueItem item = late.get();
      int count = (int) dueItems.stream().filter(d -> d.obligation().equals(item.obligation()) && d.missedOn() != null).count() + 1;
      DueItem missed = item.missed(ctx.today(), count);
      dueItems.set(dueItems.indexOf(item), missed);
      events.add(new DomainEvent.DeadlineMissed(missed));
      ensureContributionItem(ctx); // the next month is due even if this one was missed
    }
    events.addAll(settle(ctx));
    return events;
  }

  /** The earliest due date still to be watched (indexed, so the sweep costs what is due). */
  public LocalDate nextDueDate() {
    return dueItems.stream().filter(d -> d.open() && d.missedOn() == null).map(DueItem::dueDate)
        .min(Comparator.naturalOrder()).orElse(null);
  }

  private void refreshDueItems(Context ctx, LocalDate on) {
    Optional<Policy> policy = ctx.policy();
    if (policy.isEmpty()) {
      return;
    }
    Policy p = policy.get();
    BigDecimal balance = balance();
    BigDecimal required = assessment == null ? null : assessment.requiredAmount();
    for (int i = 0; i < dueItems.size(); i++) {
      DueItem d = dueItems.get(i);
      if (!d.open()) {
        continue;
      }
      switch (d.obligation()) {
        case DueItem.TC4_DEPOSIT -> {
          if (d.amount() == null && required != null) {
            d = d.withAmount(required);
          }
          if (d.amount() != null ? balance.compareTo(d.amount()) >= 0 : balance.signum() > 0) {
            d = d.met(on);
          }
        }
        case DueItem.TC5_TOP_UP -> {
          if (required == null || balance.compareTo(required) >= 0) {
            d = d.met(on);
          }
        }
        case DueItem.HT2_CONTRIBUTION -> {
          YearMonth month = YearMonth.parse(d.month());
          BigDecimal cap = capFor(p, month.getYear());
          BigDecimal due = Contributions.due(p.monthly(), facts.monthlyPayroll(month).orElse(null), cap,
              Ledger.balanceAsOf(ledger, month.atDay(1).minusDays(1)));
          if (due != null && (d.amount() == null || d.amount().compareTo(due) != 0)) {
            d = d.withAmount(due);
          }
          BigDecimal paid = contributedIn(month);
          boolean atCap = cap != null && balance.compareTo(cap) >= 0;
          if (atCap || (d.amount() != null ? paid.compareTo(d.amount()) >= 0 && paid.signum() > 0 : paid.signum() > 0)
              || (d.amount() != null && d.amount().signum() == 0)) {
            d = d.met(on);
          }
        }
        default -> { }
      }
      dueItems.set(i, d);
    }
    ensureContributionItem(ctx);
  }

  /**
   * HT-2: while the account is open and under the cap, the next month's contribution is always due. A month whose
   * deadline passed with the balance at that year's cap owed nothing ("no contribution is due while the balance is
   * at the cap"): it is stepped over, so falling below the cap later (a drawdown, a payout, a new year's higher cap)
   * makes the coming month due, not a long-gone one. A month that owes 0.00 (it began at the cap) is met at once.
   */
  private void ensureContributionItem(Context ctx) {
    if (ctx.policy().isEmpty() || ctx.policy().get().isLumpSum() || accountOpenedOn == null || accountClosedOn != null
        || assessment == null || assessment.outcome() != Outcome.REQUIRED) {
      return;
    }
    Policy p = ctx.policy().get();
    YearMonth thisMonth = YearMonth.from(ctx.today());
    for (int guard = 0; guard < 24; guard++) {
      boolean open = dueItems.stream().anyMatch(d -> d.obligation().equals(DueItem.HT2_CONTRIBUTION) && d.open()
          && d.missedOn() == null);
      if (open) {
        return;
      }
      YearMonth last = dueItems.stream().filter(d -> d.obligation().equals(DueItem.HT2_CONTRIBUTION))
          .map(d -> YearMonth.parse(d.month())).max(Comparator.naturalOrder())
          .orElse(YearMonth.from(accountOpenedOn));
      YearMonth month = last.plusMonths(1);
      while (month.isBefore(thisMonth) && atCapOn(p, month, contributionDueDate(ctx, p, month))) {
        month = month.plusMonths(1);
      }
      BigDecimal cap = capFor(p, month.getYear());
      if (cap != null && balance().compareTo(cap) >= 0) {
        return; // at the cap: nothing is due (HT-2 reading)
      }
      LocalDate due = contributionDueDate(ctx, p, month);
      List<String> ruleIds = due.equals(Contributions.nominalDueDate(p.monthly(), month)) ? List.of("HT-2")
          : List.of("HT-2", "P-3");
      BigDecimal amount = Contributions.due(p.monthly(), facts.monthlyPayroll(month).orElse(null), cap,
          Ledger.balanceAsOf(ledger, month.atDay(1).minusDays(1)));
      addDue(DueItem.HT2_CONTRIBUTION, ctx.today(), due, amount, month.toString(), ruleIds);
      if (amount == null || amount.signum() != 0) {
        return;
      }
      dueItems.set(dueItems.size() - 1, dueItems.getLast().met(ctx.today()));
    }
  }

  private static LocalDate contributionDueDate(Context ctx, Policy p, YearMonth month) {
    return ctx.periods().calendar().nextWorkingDayOnOrAfter(Contributions.nominalDueDate(p.monthly(), month));
  }

  private boolean atCapOn(Policy p, YearMonth month, LocalDate date) {
    BigDecimal cap = capFor(p, month.getYear());
    return cap != null && Ledger.balanceAsOf(ledger, date).compareTo(cap) >= 0;
  }

  private BigDecimal contributedIn(YearMonth month) {
    return ledger.stream().filter(e -> e.kind() == EntryKind.CONTRIBUTION && YearMonth.from(e.valueDate()).equals(month))
        .map(LedgerEntry::amount).reduce(Money.ZERO, BigDecimal::add);
  }

  private void addDue(String obligation, LocalDate createdOn, LocalDate due, BigDecimal amount, String month,
      List<String> ruleIds) {
    String id = UUID.nameUUIDFromBytes((creditCode + "\u001fdue\u001f" + (dueItems.size() + 1)).getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).toString();
    dueItems.add(new DueItem(id, obligation, createdOn, due, amount, month, ruleIds, null, null, null, null));
  }

  private static List<String> rules(String rule, Deadline deadline) {
    List<String> all = new ArrayList<>(List.of(rule));
    all.addAll(deadline.ruleIds());
    return all;
  }

  // ---------------------------------------------------------------- EW-8

  private void ew8(Context ctx, List<DomainEvent> events) {
    boolean watched = ctx.policy().isPresent()
        && (assessment != null && assessment.outcome() == Outcome.REQUIRED || !ledger.isEmpty());
    ArrearsExposure.Step step = new ArrearsExposure(arrearsExceedBalance, lastShortfall, arrearsExceedSince)
        .after(watched, facts.unpaidArrears(), balance(), ctx.today());
    if (step.event() != null) {
      events.add(step.event());
    }
    arrearsExceedBalance = step.next().exceeds();
    lastShortfall = step.next().lastShortfall();
    arrearsExceedSince = step.next().since();
  }

  // ---------------------------------------------------------------- what auditors see

  public StatusView statusAsOf(LocalDate date) {
    Assessment a = assessments.stream().filter(x -> !x.asOf().isAfter(date)).reduce((x, y) -> y).orElse(null);
    List<LedgerEntry> entries = ledger.stream().filter(e -> !e.valueDate().isAfter(date)).toList();
    BigDecimal balance = Ledger.balanceAsOf(ledger, date);
    List<DueItem> missed = dueItems.stream().filter(d -> d.missedAsOf(date)).toList();
    DueItem next = dueItems.stream().filter(d -> d.pendingOn(date)).min(Comparator.comparing(DueItem::dueDate)).orElse(null);
    boolean overdue = dueItems.stream().anyMatch(d -> d.overdueOn(date));
    String compliance;
    if (a == null) {
      compliance = "NOT_ASSESSED";
    } else if (a.outcome() != Outcome.REQUIRED) {
      compliance = a.outcome().name();
    } else {
      compliance = overdue ? "NON_COMPLIANT" : "COMPLIANT";
    }
    String stage = stage(a, date);
    BigDecimal shortfalls = entries.stream().map(LedgerEntry::shortfall).filter(java.util.Objects::nonNull)
        .reduce(Money.ZERO, BigDecimal::add);
    boolean full = entries.size() == ledger.size();
    Ledger.Verification verification = Ledger.verify(entries, full ? ledgerHead : null, full ? ledgerCount : null);
    return new StatusView(creditCode, facts.jurisdiction(), date, a, balance, compliance, stage, next, missed, entries,
        verification, shortfalls);
  }

  private String stage(Assessment a, LocalDate date) {
    if (a == null || a.outcome() != Outcome.REQUIRED) {
      return null;
    }
    boolean lumpSum = a.policy() != null && a.clauses().stream().anyMatch(c -> c.startsWith("TC"));
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

  public Ledger.Verification verifyLedger() {
    return Ledger.verify(ledger, ledgerHead, ledgerCount);
  }

  // ---------------------------------------------------------------- helpers

  private Policy requirePolicy(Context ctx, Policy.Family family, String rule) {
    Policy p = ctx.policy().orElseThrow(() -> new Refused("creditCode", rule,
        "jurisdiction " + facts.jurisdiction() + " has no deposit policy (NO_POLICY)"));
    if (family != null && p.family() != family) {
      throw new Refused("kind", rule, rule + " is not part of " + p.ref());
    }
    return p;
  }

  private void requireRequired(String rule) {
    if (assessment == null || assessment.outcome() != Outcome.REQUIRED) {
      throw new Refused("creditCode", rule, "no deposit is required: the assessment is "
          + (assessment == null ? "missing" : assessment.outcome()));
    }
  }

  static BigDecimal positive(BigDecimal amount, String field) {
    if (amount == null || amount.signum() <= 0) {
      throw new Refused(field, "M-1", "a positive amount in yuan with two decimals");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new Refused(field, "M-1", "no more than two decimals (fen)");
    }
    return amount.setScale(2);
  }

  private void checkValueDate(Context ctx, LocalDate valueDate) {
    if (valueDate == null) {
      throw new Refused("valueDate", "P-1", "the business date of the movement is required");
    }
    notInFuture(ctx, valueDate, "valueDate");
    if (!ledger.isEmpty() && valueDate.isBefore(ledger.getLast().valueDate())) {
      throw new Refused("valueDate", "M-2", "the ledger is append-only in date order: last entry is valued "
          + ledger.getLast().valueDate());
    }
  }

  private static void notInFuture(Context ctx, LocalDate date, String field) {
    if (date == null) {
      throw new Refused(field, "P-1", "required");
    }
    if (date.isAfter(ctx.today())) {
      throw new Refused(field, "P-1", "is after today (" + ctx.today() + ")");
    }
  }

  private BigDecimal capFor(Policy p, int year) {
    return p.monthly() == null ? null
        : Contributions.cap(p.monthly(), facts.annualPayroll(year - 1).orElse(null));
  }

  public BigDecimal balance() {
    return ledger.isEmpty() ? Money.ZERO : ledger.getLast().balanceAfter();
  }

  public String creditCode() { return creditCode; }
  public EnterpriseFacts facts() { return facts; }
  public Assessment assessment() { return assessment; }
  public List<Assessment> assessments() { return List.copyOf(assessments); }
  public List<LedgerEntry> ledger() { return List.copyOf(ledger); }
  public List<DueItem> dueItems() { return List.copyOf(dueItems); }
  public LocalDate agreementSignedOn() { return agreementSignedOn; }
  public String agreementWitness() { return agreementWitness; }
  public LocalDate certificateIssuedOn() { return certificateIssuedOn; }
  public LocalDate accountOpenedOn() { return accountOpenedOn; }
  public String bank() { return bank; }
  public String accountNumber() { return accountNumber; }
  public LocalDate accountClosedOn() { return accountClosedOn; }
  public String ledgerHead() { return ledgerHead; }
}
