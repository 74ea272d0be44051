package io.wageguard.deposits.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Domain objects as plain ordered maps (money as "12345.67" strings, dates ISO), for REST and events alike. */
public final class Describe {

  private Describe() {}

  public static Map<String, Object> policy(PolicyRef ref) {
    if (ref == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", ref.id());
    m.put("version", ref.version());
    return m;
  }

  public static Map<String, Object> assessment(Assessment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sequence", a.sequence());
    m.put("outcome", a.outcome().name());
    m.put("policy", policy(a.policy()));
    m.put("clauses", a.clauses());
    m.put("requiredAmount", Money.format(a.requiredAmount()));
    List<Map<String, Object>> deadlines = new ArrayList<>();
    for (Assessment.DueDate d : a.deadlines()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("obligation", d.obligation());
      dm.put("dueDate", d.dueDate() == null ? null : d.dueDate().toString());
      dm.put("amount", Money.format(d.amount()));
      dm.put("ruleIds", d.ruleIds());
      dm.put("note", d.note());
      deadlines.add(dm);
    }
    m.put("deadlines", deadlines);
    if (a.exemption() != null) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("clause", a.exemption().clause());
      e.put("reading", a.exemption().reading());
      e.put("grade", a.exemption().grade());
      e.put("gradeYear", a.exemption().gradeYear());
      e.put("harmonious", a.exemption().harmonious());
      e.put("designationYear", a.exemption().designationYear());
      m.put("exemption", e);
    } else {
      m.put("exemption", null);
    }
    m.put("facts", new LinkedHashMap<>(a.facts()));
    m.put("missingFacts", a.missingFacts());
    m.put("ruleIds", a.ruleIds());
    m.put("asOf", a.asOf().toString());
    m.put("assessedAt", a.assessedAt() == null ? null : a.assessedAt().toString());
    return m;
  }

  public static Map<String, Object> entry(LedgerEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entryId", e.entryId());
    m.put("sequence", e.sequence());
    m.put("kind", e.kind().name());
    m.put("amount", Money.format(e.amount()));
    m.put("balanceAfter", Money.format(e.balanceAfter()));
    m.put("valueDate", e.valueDate().toString());
    m.put("reference", e.reference());
    m.put("reverses", e.reverses());
    m.put("requested", Money.format(e.requested()));
    m.put("shortfall", Money.format(e.shortfall()));
    m.put("ruleIds", e.ruleIds());
    m.put("previousHash", e.previousHash());
    m.put("hash", e.hash());
    m.put("recordedAt", e.recordedAt().toString());
    return m;
  }

  public static Map<String, Object> due(DueItem d) {
    if (d == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("obligation", d.obligation());
    m.put("dueDate", d.dueDate().toString());
    m.put("amount", Money.format(d.amount()));
    m.put("month", d.month());
    m.put("ruleIds", d.ruleIds());
    m.put("metOn", d.metOn() == null ? null : d.metOn().toString());
    m.put("missedOn", d.missedOn() == null ? null : d.missedOn().toString());
    m.put("missCount", d.missCount());
    m.put("cancelledOn", d.cancelledOn() == null ? null : d.cancelledOn().toString());
    return m;
  }

  public static Map<String, Object> verification(Ledger.Verification v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("valid", v.valid());
    m.put("entries", v.entries());
    m.put("headHash", v.headHash());
    m.put("brokenAtSequence", v.brokenAtSequence());
    m.put("reason", v.reason());
    return m;
  }

  public static Map<String, Object> status(Deposit.StatusView s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("creditCode", s.creditCode());
    m.put("jurisdiction", s.jurisdiction());
    m.put("asOf", s.asOf().toString());
    Assessment a = s.assessment();
    Map<String, Object> requirement = null;
    if (a != null) {
      requirement = new LinkedHashMap<>();
      requirement.put("outcome", a.outcome().name());
      requirement.put("requiredAmount", Money.format(a.requiredAmount()));
      requirement.put("clauses", a.clauses());
      requirement.put("policy", policy(a.policy()));
      requirement.put("assessmentSequence", a.sequence());
    }
    m.put("requirement", requirement);
    m.put("balance", Money.format(s.balance()));
    m.put("compliance", s.compliance());
    m.put("stage", s.stage());
    m.put("nextDue", due(s.nextDue()));
    m.put("missedDeadlines", s.missedDeadlines().stream().map(Describe::due).toList());
    m.put("shortfallTotal", Money.format(s.shortfallTotal()));
    m.put("ledger", s.ledger().stream().map(Describe::entry).toList());
    m.put("verification", verification(s.verification()));
    return m;
  }
}
