package io.wageguard.deposits.adapter.kafka;

import io.wageguard.deposits.domain.Assessment;
import io.wageguard.deposits.domain.LedgerEntry;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.domain.PolicyRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of deposit.events as ordered maps (money as "12345.67" strings, dates ISO), as the schemas in
 * {@code contracts/} describe them. The REST adapter has its own typed answers; the two only look alike.
 */
final class EventData {

  private EventData() {}

  static Map<String, Object> policy(PolicyRef ref) {
    if (ref == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", ref.id());
    m.put("version", ref.version());
    return m;
  }

  static Map<String, Object> assessment(Assessment a) {
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
    Map<String, Object> e = null;
    if (a.exemption() != null) {
      e = new LinkedHashMap<>();
      e.put("clause", a.exemption().clause());
      e.put("reading", a.exemption().reading());
      e.put("grade", a.exemption().grade());
      e.put("gradeYear", a.exemption().gradeYear());
      e.put("harmonious", a.exemption().harmonious());
      e.put("designationYear", a.exemption().designationYear());
    }
    m.put("exemption", e);
    m.put("facts", new LinkedHashMap<>(a.facts()));
    m.put("missingFacts", a.missingFacts());
    m.put("ruleIds", a.ruleIds());
    m.put("asOf", a.asOf().toString());
    m.put("assessedAt", a.assessedAt() == null ? null : a.assessedAt().toString());
    return m;
  }

  static Map<String, Object> entry(LedgerEntry e) {
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
}
