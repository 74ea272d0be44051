package io.wageguard.deposits.domain;

import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.time.Deadline;
import io.wageguard.chassis.time.Periods;
import io.wageguard.deposits.domain.Assessment.DueDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One enterprise's deposit, in four parts: its {@link Obligation} (the assessments), its {@link Account} and
 * ledger, its {@link Deadlines} (deposit, top-up, account, monthly contributions) and its
 * {@link ArrearsExposure} (EW-8), all judged on the enterprise's {@link EnterpriseFacts}. Every operation returns
 * the events it caused; the caller stores the deposit and those events in one write.
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

  /**
   * Everything a deposit keeps, for a store to write and read back field by field (adapter.mongo maps it to the
   * stored document). Absent lists and ledger head read as empty and the genesis hash.
   */
  public record Snapshot(String creditCode, EnterpriseFacts facts, Assessment assessment, List<Assessment> assessments,
                         LocalDate agreementSignedOn, String agreementWitness, LocalDate certificateIssuedOn,
                         LocalDate accountOpenedOn, String bank, String accountNumber, LocalDate accountClosedOn,
                         List<LedgerEntry> ledger, String ledgerHead, int ledgerCount, List<DueItem> dueItems,
                         boolean arrearsExceedBalance, BigDecimal lastShortfall, LocalDate arrearsExceedSince) {}

  private final String creditCode;
  private final EnterpriseFacts facts;
  private final Obligation obligation;
  private final Account account;
  private final Deadlines deadlines;
  private ArrearsExposure exposure;

  public Deposit(String creditCode) {
    this(creditCode, new EnterpriseFacts(creditCode), new Obligation(), new Account(), new Deadlines(),
        ArrearsExposure.NONE);
  }

  private Deposit(String creditCode, EnterpriseFacts facts, Obligation obligation, Account account,
      Deadlines deadlines, ArrearsExposure exposure) {
    this.creditCode = creditCode;
    this.facts = facts;
    this.obligation = obligation;
    this.account = account;
    this.deadlines = deadlines;
    this.exposure = exposure;
  }

  public static Deposit restore(Snapshot s) {
    return new Deposit(s.creditCode(), s.facts(), new Obligation(s.assessment(), s.assessments()),
        new Account(new Account.State(s.agreementSignedOn(), s.agreementWitness(), s.certificateIssuedOn(),
            s.accountOpenedOn(), s.bank(), s.accountNumber(), s.accountClosedOn(), s.ledger(), s.ledgerHead(),
            s.ledgerCount())),
        new Deadlines(s.dueItems()),
        new ArrearsExposure(s.arrearsExceedBalance(), s.lastShortfall(), s.arrearsExceedSince()));
  }

  public Snapshot snapshot() {
    Account.State a = account.state();
    return new Snapshot(creditCode, facts, obligation.current(), obligation.history(), a.agreementSignedOn(),
        a.agreementWitness(), a.certificateIssuedOn(), a.accountOpenedOn(), a.bank(), a.accountNumber(),
        a.accountClosedOn(), a.ledger(), a.ledgerHead(), a.ledgerCount(), deadlines.items(), exposure.exceeds(),
        exposure.lastShortfall(), exposure.since());
  }

  // ---------------------------------------------------------------- re-assessment after any change

  /** Re-assesses and brings deadlines and EW-8 up to date; call after every change of facts or money. */
  public List<DomainEvent> settle(Context ctx) {
    return settle(ctx, ctx.today());
  }

  private List<DomainEvent> settle(Context ctx, LocalDate on) {
    List<DomainEvent> events = new ArrayList<>();
    Assessment fresh = ObligationAssessor.assess(facts, ctx.policy(), ctx.today());
    if (!fresh.sameDecisionAs(obligation.current())) {
      events.add(obligation.decide(fresh, deadlinesFor(fresh, ctx), ctx.now()));
      if (!obligation.required()) {
        deadlines.cancelOpen(ctx.today());
      }
    }
    refreshDeadlines(ctx, on);
    ew8(ctx, events);
    return events;
  }

  private List<DueDate> deadlinesFor(Assessment a, Context ctx) {
    if (a.outcome() != Outcome.REQUIRED || ctx.policy().isEmpty()) {
      return List.of();
    }
    Policy p = ctx.policy().get();
    LocalDate signedOn = account.agreementSignedOn();
    LocalDate issuedOn = account.certificateIssuedOn();
    List<DueDate> list = new ArrayList<>();
    if (p.isLumpSum()) {
      Deadline deadline = signedOn == null ? null
          : ctx.periods().withinMonths(signedOn, p.lumpSum().depositWithinMonths());
      list.add(new DueDate(DueItem.TC4_DEPOSIT, deadline == null ? null : deadline.date(), a.requiredAmount(),
          citing("TC-4", deadline, "P-5"),
          "within " + p.lumpSum().depositWithinMonths() + " months of signing the agreement"
              + (signedOn == null ? " (not signed yet)" : " signed " + signedOn)));
    } else {
      Deadline deadline = issuedOn == null ? null
          : ctx.periods().withinWorkingDays(issuedOn, p.monthly().accountWithinWorkingDays());
      list.add(new DueDate(DueItem.HT3_ACCOUNT, deadline == null ? null : deadline.date(), null,
          citing("HT-3", deadline, "P-4"),
          "account within " + p.monthly().accountWithinWorkingDays() + " working days of the certificate"
              + (issuedOn == null ? " (not issued yet)" : " issued " + issuedOn)));
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
    obligation.requireRequired("TC-4");
    account.signAgreement(ctx.today(), signedOn, witnessedBy);
    Deadline due = ctx.periods().withinMonths(signedOn, p.lumpSum().depositWithinMonths());
    deadlines.add(creditCode, DueItem.TC4_DEPOSIT, ctx.today(), due.date(), obligation.current().requiredAmount(),
        null, rules("TC-4", due));
    List<DomainEvent> events = reassessWithDeadlines(ctx);
    events.addAll(settle(ctx));
    return events;
  }

  /** HT-3: the certificate issued; the account must be opened within 10 working days. */
  public List<DomainEvent> issueCertificate(Context ctx, LocalDate issuedOn) {
    Policy p = requirePolicy(ctx, Policy.Family.MONTHLY, "HT-3");
    obligation.requireRequired("HT-3");
    account.issueCertificate(ctx.today(), issuedOn);
    Deadline due = ctx.periods().withinWorkingDays(issuedOn, p.monthly().accountWithinWorkingDays());
    deadlines.add(creditCode, DueItem.HT3_ACCOUNT, ctx.today(), due.date(), null, null, rules("HT-3", due));
    List<DomainEvent> events = reassessWithDeadlines(ctx);
    events.addAll(settle(ctx));
    return events;
  }

  /** HT-3, HT-7: one dedicated account per enterprise at its basic-account bank. */
  public List<DomainEvent> openAccount(Context ctx, LocalDate openedOn, String bankName, String number) {
    requirePolicy(ctx, Policy.Family.MONTHLY, "HT-3");
    account.open(ctx.today(), openedOn, bankName, number);
    deadlines.meetOpen(DueItem.HT3_ACCOUNT, openedOn);
    return settle(ctx, openedOn);
  }

  private List<DomainEvent> reassessWithDeadlines(Context ctx) {
    // A new start date gives the assessment concrete deadlines: publish it even if the decision is unchanged.
    List<DomainEvent> events = new ArrayList<>();
    if (obligation.required()) {
      Assessment current = obligation.current();
      events.add(obligation.decide(current, deadlinesFor(current, ctx), ctx.now()));
    }
    return events;
  }

  // ---------------------------------------------------------------- money in

  /** DEPOSIT (TC-4), TOP_UP (TC-5) or CONTRIBUTION (HT-2). */
  public List<DomainEvent> credit(Context ctx, EntryKind kind, BigDecimal amount, LocalDate valueDate, String reference) {
    Policy p = requirePolicy(ctx, null, kind.rule());
    if (!kind.credit()) {
      throw RuleBroken.of("kind", kind.rule(), kind + " is not a credit");
    }
    Checks.positive(amount, "amount");
    account.checkValueDate(ctx.today(), valueDate);
    if (p.isLumpSum()) {
      if (kind == EntryKind.CONTRIBUTION) {
        throw RuleBroken.of("kind", "HT-2", "monthly contributions are not part of " + p.ref());
      }
      if (account.agreementSignedOn() == null) {
        throw RuleBroken.of("kind", "TC-4", "no deposit agreement has been signed");
      }
    } else {
      if (kind != EntryKind.CONTRIBUTION) {
        throw RuleBroken.of("kind", "HT-2", p.ref() + " takes monthly contributions only");
      }
      if (!account.isOpen()) {
        throw RuleBroken.of("kind", "HT-7", "no open deposit account");
      }
      BigDecimal cap = capFor(p, valueDate.getYear());
      if (cap != null && balance().add(amount).compareTo(cap) > 0) {
        throw RuleBroken.of("amount", "HT-2", "the balance would exceed the cap of " + Money.format(cap)
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
      throw RuleBroken.of("kind", "M-3", "kind must be DRAWDOWN, DIRECT_PAYOUT or INSOLVENCY_PAYOUT");
    }
    Policy p = requirePolicy(ctx, r.kind() == EntryKind.INSOLVENCY_PAYOUT ? Policy.Family.LUMP_SUM : Policy.Family.MONTHLY,
        r.kind().rule());
    account.checkValueDate(ctx.today(), r.valueDate());
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
    if (p.isLumpSum() && obligation.required() && !p.lumpSum().insolvencyStatuses().contains(facts.status())) {
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
    BigDecimal required = obligation.current().requiredAmount();
    if (required == null || balance().compareTo(required) >= 0) {
      return;
    }
    if (!deadlines.anyOpen(DueItem.TC5_TOP_UP)) {
      Deadline due = ctx.periods().withinDays(payoutDate, p.lumpSum().topUpWithinDays());
      deadlines.add(creditCode, DueItem.TC5_TOP_UP, payoutDate, due.date(), required.subtract(balance()), null,
          rules("TC-5", due));
    }
  }

  /** HT-6 refund of the whole balance: (a) own premises, (b) grade A N years in a row, (c) deregistered after bankruptcy, closure, relocation. */
  public List<DomainEvent> refund(Context ctx, String reason, LocalDate valueDate, String reference) {
    Policy p = requirePolicy(ctx, Policy.Family.MONTHLY, "HT-6");
    Policy.Monthly m = p.monthly();
    account.checkValueDate(ctx.today(), valueDate);
    Payouts.requireRefundAllowed(m, facts, reason, ctx.today().getYear());
    if (balance().signum() <= 0) {
      throw RuleBroken.of("reason", "HT-6", "nothing to refund: the balance is 0.00");
    }
    List<DomainEvent> events = new ArrayList<>();
    events.add(append(ctx, EntryKind.REFUND, balance().negate(), valueDate, reference, null, null, null,
        List.of("HT-6", reason, "M-1")));
    account.close(valueDate);
    deadlines.cancelOpen(valueDate);
    events.addAll(settle(ctx, valueDate));
    return events;
  }

  /** M-2: a wrong entry is corrected by a reversing entry, never edited. */
  public List<DomainEvent> reverse(Context ctx, String entryId, LocalDate valueDate, String reason) {
    LedgerEntry original = account.reversible(entryId);
    account.checkValueDate(ctx.today(), valueDate);
    BigDecimal amount = original.amount().negate();
    if (balance().add(amount).signum() < 0) {
      throw RuleBroken.of("entryId", "M-3", "reversing it would take the balance below zero");
    }
    List<DomainEvent> events = new ArrayList<>();
    events.add(append(ctx, EntryKind.REVERSAL, amount, valueDate, reason, entryId, null, null, List.of("M-2")));
    events.addAll(settle(ctx, valueDate));
    return events;
  }

  private DomainEvent append(Context ctx, EntryKind kind, BigDecimal amount, LocalDate valueDate, String reference,
      String reverses, BigDecimal requested, BigDecimal shortfall, List<String> ruleIds) {
    return new DomainEvent.LedgerEntryRecorded(account.append(creditCode, ctx.now(), kind, amount, valueDate,
        reference, reverses, requested, shortfall, ruleIds));
  }

  // ---------------------------------------------------------------- deadlines

  /** EW-7: every open deadline that passed before today is missed, once; missCount counts misses per obligation. */
  public List<DomainEvent> sweep(Context ctx) {
    List<DomainEvent> events = new ArrayList<>();
    for (int guard = 0; guard < 120; guard++) {
      Optional<DueItem> missed = deadlines.missNextLate(ctx.today());
      if (missed.isEmpty()) {
        break;
      }
      events.add(new DomainEvent.DeadlineMissed(missed.get()));
      ensureContributionItem(ctx); // the next month is due even if this one was missed
    }
    events.addAll(settle(ctx));
    return events;
  }

  /** The earliest due date still to be watched (indexed, so the sweep costs what is due). */
  public LocalDate nextDueDate() {
    return deadlines.nextDueDate();
  }

  private void refreshDeadlines(Context ctx, LocalDate on) {
    Optional<Policy> policy = ctx.policy();
    if (policy.isEmpty()) {
      return;
    }
    Policy p = policy.get();
    BigDecimal balance = balance();
    Assessment assessment = obligation.current();
    BigDecimal required = assessment == null ? null : assessment.requiredAmount();
    deadlines.updateOpen(d -> switch (d.obligation()) {
      case DueItem.TC4_DEPOSIT -> {
        DueItem item = d.amount() == null && required != null ? d.withAmount(required) : d;
        yield (item.amount() != null ? balance.compareTo(item.amount()) >= 0 : balance.signum() > 0)
            ? item.met(on) : item;
      }
      case DueItem.TC5_TOP_UP -> required == null || balance.compareTo(required) >= 0 ? d.met(on) : d;
      case DueItem.HT2_CONTRIBUTION -> {
        YearMonth month = YearMonth.parse(d.month());
        BigDecimal cap = capFor(p, month.getYear());
        BigDecimal due = Contributions.due(p.monthly(), facts.monthlyPayroll(month).orElse(null), cap,
            account.balanceAsOf(month.atDay(1).minusDays(1)));
        DueItem item = due != null && (d.amount() == null || d.amount().compareTo(due) != 0) ? d.withAmount(due) : d;
        BigDecimal paid = account.contributedIn(month);
        boolean atCap = cap != null && balance.compareTo(cap) >= 0;
        yield atCap
            || (item.amount() != null ? paid.compareTo(item.amount()) >= 0 && paid.signum() > 0 : paid.signum() > 0)
            || (item.amount() != null && item.amount().signum() == 0) ? item.met(on) : item;
      }
      default -> d;
    });
    ensureContributionItem(ctx);
  }

  /**
   * HT-2: while the account is open and under the cap, the next month's contribution is always due. A month whose
   * deadline passed with the balance at that year's cap owed nothing ("no contribution is due while the balance is
   * at the cap"): it is stepped over, so falling below the cap later (a drawdown, a payout, a new year's higher cap)
   * makes the coming month due, not a long-gone one. A month that owes 0.00 (it began at the cap) is met at once.
   */
  private void ensureContributionItem(Context ctx) {
    if (ctx.policy().isEmpty() || ctx.policy().get().isLumpSum() || !account.isOpen() || !obligation.required()) {
      return;
    }
    Policy p = ctx.policy().get();
    YearMonth thisMonth = YearMonth.from(ctx.today());
    for (int guard = 0; guard < 24; guard++) {
      if (deadlines.anyWatched(DueItem.HT2_CONTRIBUTION)) {
        return;
      }
      YearMonth last = deadlines.lastMonth(DueItem.HT2_CONTRIBUTION).orElse(YearMonth.from(account.accountOpenedOn()));
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
          account.balanceAsOf(month.atDay(1).minusDays(1)));
      deadlines.add(creditCode, DueItem.HT2_CONTRIBUTION, ctx.today(), due, amount, month.toString(), ruleIds);
      if (amount == null || amount.signum() != 0) {
        return;
      }
      deadlines.meetLast(ctx.today());
    }
  }

  private static LocalDate contributionDueDate(Context ctx, Policy p, YearMonth month) {
    return ctx.periods().calendar().nextWorkingDayOnOrAfter(Contributions.nominalDueDate(p.monthly(), month));
  }

  private boolean atCapOn(Policy p, YearMonth month, LocalDate date) {
    BigDecimal cap = capFor(p, month.getYear());
    return cap != null && account.balanceAsOf(date).compareTo(cap) >= 0;
  }

  private static List<String> rules(String rule, Deadline deadline) {
    List<String> all = new ArrayList<>(List.of(rule));
    all.addAll(deadline.ruleIds());
    return all;
  }

  // ---------------------------------------------------------------- EW-8

  private void ew8(Context ctx, List<DomainEvent> events) {
    boolean watched = ctx.policy().isPresent() && (obligation.required() || account.hasEntries());
    ArrearsExposure.Step step = exposure.after(watched, facts.unpaidArrears(), balance(), ctx.today());
    if (step.event() != null) {
      events.add(step.event());
    }
    exposure = step.next();
  }

  // ---------------------------------------------------------------- what auditors see

  public StatusView statusAsOf(LocalDate date) {
    Assessment a = obligation.asOf(date);
    List<LedgerEntry> entries = account.entriesAsOf(date);
    BigDecimal balance = account.balanceAsOf(date);
    List<DueItem> missed = deadlines.missedAsOf(date);
    DueItem next = deadlines.nextAsOf(date);
    boolean overdue = deadlines.anyOverdueOn(date);
    String compliance;
    if (a == null) {
      compliance = "NOT_ASSESSED";
    } else if (a.outcome() != Outcome.REQUIRED) {
      compliance = a.outcome().name();
    } else {
      compliance = overdue ? "NON_COMPLIANT" : "COMPLIANT";
    }
    String stage = stage(a, date);
    BigDecimal shortfalls = Account.shortfalls(entries);
    Ledger.Verification verification = account.verify(entries);
    return new StatusView(creditCode, facts.jurisdiction(), date, a, balance, compliance, stage, next, missed, entries,
        verification, shortfalls);
  }

  private String stage(Assessment a, LocalDate date) {
    if (a == null || a.outcome() != Outcome.REQUIRED) {
      return null;
    }
    boolean lumpSum = a.policy() != null && a.clauses().stream().anyMatch(c -> c.startsWith("TC"));
    return account.stage(lumpSum, date);
  }

  public Ledger.Verification verifyLedger() {
    return account.verify();
  }

  // ---------------------------------------------------------------- helpers

  private Policy requirePolicy(Context ctx, Policy.Family family, String rule) {
    Policy p = ctx.policy().orElseThrow(() -> RuleBroken.of("creditCode", rule,
        "jurisdiction " + facts.jurisdiction() + " has no deposit policy (NO_POLICY)"));
    if (family != null && p.family() != family) {
      throw RuleBroken.of("kind", rule, rule + " is not part of " + p.ref());
    }
    return p;
  }

  private BigDecimal capFor(Policy p, int year) {
    return p.monthly() == null ? null
        : Contributions.cap(p.monthly(), facts.annualPayroll(year - 1).orElse(null));
  }

  public BigDecimal balance() {
    return account.balance();
  }

  public String creditCode() { return creditCode; }
  public EnterpriseFacts facts() { return facts; }
  public Assessment assessment() { return obligation.current(); }
  public List<Assessment> assessments() { return obligation.history(); }
  public List<LedgerEntry> ledger() { return account.entries(); }
  public List<DueItem> dueItems() { return deadlines.items(); }
  public LocalDate agreementSignedOn() { return account.agreementSignedOn(); }
  public String agreementWitness() { return account.agreementWitness(); }
  public LocalDate certificateIssuedOn() { return account.certificateIssuedOn(); }
  public LocalDate accountOpenedOn() { return account.accountOpenedOn(); }
  public String bank() { return account.bank(); }
  public String accountNumber() { return account.accountNumber(); }
  public LocalDate accountClosedOn() { return account.accountClosedOn(); }
  public String ledgerHead() { return account.head(); }
}
