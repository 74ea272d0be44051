package io.wageguard.deposits.adapter.rest;

import io.wageguard.deposits.adapter.rest.DepositResponses.ArrearsCaseView;
import io.wageguard.deposits.adapter.rest.DepositResponses.AssessmentResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.DeadlineView;
import io.wageguard.deposits.adapter.rest.DepositResponses.DepositRow;
import io.wageguard.deposits.adapter.rest.DepositResponses.DueView;
import io.wageguard.deposits.adapter.rest.DepositResponses.ExemptionView;
import io.wageguard.deposits.adapter.rest.DepositResponses.FactSourceView;
import io.wageguard.deposits.adapter.rest.DepositResponses.FactsResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.IncidentView;
import io.wageguard.deposits.adapter.rest.DepositResponses.LedgerEntryView;
import io.wageguard.deposits.adapter.rest.DepositResponses.LedgerResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.PayrollView;
import io.wageguard.deposits.adapter.rest.DepositResponses.PolicyRefView;
import io.wageguard.deposits.adapter.rest.DepositResponses.PolicyResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.RequirementView;
import io.wageguard.deposits.adapter.rest.DepositResponses.StatusChangeView;
import io.wageguard.deposits.adapter.rest.DepositResponses.StatusResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.ThresholdView;
import io.wageguard.deposits.adapter.rest.DepositResponses.VerificationResponse;
import io.wageguard.deposits.domain.Assessment;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.DueItem;
import io.wageguard.deposits.domain.EnterpriseFacts;
import io.wageguard.deposits.domain.Ledger;
import io.wageguard.deposits.domain.LedgerEntry;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.domain.Policy;
import io.wageguard.deposits.domain.PolicyRef;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** From the domain's views to the REST answers: money as "12345.67", dates as ISO text, absent values as null. */
final class ResponseMappers {

  private ResponseMappers() {}

  static PolicyRefView policy(PolicyRef ref) {
    return ref == null ? null : new PolicyRefView(ref.id(), ref.version());
  }

  static AssessmentResponse assessment(Assessment a) {
    Assessment.Exemption e = a.exemption();
    return new AssessmentResponse(a.sequence(), a.outcome().name(), policy(a.policy()), a.clauses(),
        Money.format(a.requiredAmount()),
        a.deadlines().stream().map(d -> new DeadlineView(d.obligation(), iso(d.dueDate()), Money.format(d.amount()),
            d.ruleIds(), d.note())).toList(),
        e == null ? null : new ExemptionView(e.clause(), e.reading(), e.grade(), e.gradeYear(), e.harmonious(),
            e.designationYear()),
        new LinkedHashMap<>(a.facts()), a.missingFacts(), a.ruleIds(), a.asOf().toString(), iso(a.assessedAt()));
  }

  static LedgerEntryView entry(LedgerEntry e) {
    return new LedgerEntryView(e.entryId(), e.sequence(), e.kind().name(), Money.format(e.amount()),
        Money.format(e.balanceAfter()), e.valueDate().toString(), e.reference(), e.reverses(),
        Money.format(e.requested()), Money.format(e.shortfall()), e.ruleIds(), e.previousHash(), e.hash(),
        e.recordedAt().toString());
  }

  static DueView due(DueItem d) {
    return d == null ? null : new DueView(d.obligation(), d.dueDate().toString(), Money.format(d.amount()), d.month(),
        d.ruleIds(), iso(d.metOn()), iso(d.missedOn()), d.missCount(), iso(d.cancelledOn()));
  }

  static VerificationResponse verification(Ledger.Verification v) {
    return new VerificationResponse(v.valid(), v.entries(), v.headHash(), v.brokenAtSequence(), v.reason());
  }

  static StatusResponse status(Deposit.StatusView s) {
    Assessment a = s.assessment();
    RequirementView requirement = a == null ? null : new RequirementView(a.outcome().name(),
        Money.format(a.requiredAmount()), a.clauses(), policy(a.policy()), a.sequence());
    return new StatusResponse(s.creditCode(), s.jurisdiction(), s.asOf().toString(), requirement,
        Money.format(s.balance()), s.compliance(), s.stage(), due(s.nextDue()),
        s.missedDeadlines().stream().map(ResponseMappers::due).toList(), Money.format(s.shortfallTotal()),
        s.ledger().stream().map(ResponseMappers::entry).toList(), verification(s.verification()));
  }

  static LedgerResponse ledger(String creditCode, Deposit.StatusView v) {
    return new LedgerResponse(creditCode, v.asOf().toString(), Money.format(v.balance()),
        v.ledger().stream().map(ResponseMappers::entry).toList(), verification(v.verification()));
  }

  static DepositRow row(Deposit.StatusView v) {
    Assessment a = v.assessment();
    return new DepositRow(v.creditCode(), v.jurisdiction(), a == null ? null : a.outcome().name(),
        a == null || a.policy() == null ? null : a.policy().toString(),
        a == null ? null : Money.format(a.requiredAmount()), Money.format(v.balance()), v.compliance(),
        due(v.nextDue()), v.missedDeadlines().size(), v.verification().valid());
  }

  static PolicyResponse policy(Policy p) {
    return new PolicyResponse(p.id(), p.version(), p.jurisdiction(), p.name(), p.effectiveFrom().toString(),
        p.family().name(), p.isLumpSum() ? String.valueOf(p.lumpSum()) : String.valueOf(p.monthly()));
  }

  static FactsResponse facts(EnterpriseFacts f) {
    return new FactsResponse(f.creditCode(), f.name(), f.jurisdiction(), f.sector(), f.premises(), f.headcount(),
        f.status(), f.profileVersion(),
        f.statusHistory().stream().map(s -> new StatusChangeView(s.status(), String.valueOf(s.effectiveDate()))).toList(),
        new PayrollView(sorted(f.annualPayrolls(), p -> Money.format(p.totalWages())),
            sorted(f.monthlyPayrolls(), p -> Money.format(p.totalWages()))),
        sorted(f.ratings(), EnterpriseFacts.Rating::grade),
        sorted(f.designations(), EnterpriseFacts.Designation::harmonious),
        f.cases().stream().map(c -> new ArrearsCaseView(c.caseId(), iso(c.arrearsStartDate()), c.wageMonths(),
            Money.format(c.amountOwed()), Money.format(c.amountOutstanding()), c.workersAffected(), c.open())).toList(),
        Money.format(f.unpaidArrears()),
        f.incidents().stream().map(i -> new IncidentView(i.incidentId(), i.kind(), String.valueOf(i.occurredOn()),
            i.workersInvolved())).toList(),
        f.thresholds().stream().map(t -> new ThresholdView(t.monthsInRow(), t.monthsInTotal(),
            String.valueOf(t.asOf()))).toList(),
        f.sources().stream().map(s -> new FactSourceView(s.fact(), s.eventId(), s.type(),
            String.valueOf(s.time()))).toList());
  }

  private static <V, T> Map<String, T> sorted(Map<String, V> map, Function<V, T> value) {
    Map<String, T> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, value.apply(v)));
    return out;
  }

  private static String iso(Temporal date) {
    return date == null ? null : date.toString();
  }
}
