package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An obligation assessment: the outcome, every clause that matched, the amount, the deadlines, the exemption
 * that applied, the facts used and the policy version. {@code sequence} numbers the changes of one enterprise.
 */
public record Assessment(long sequence, Outcome outcome, PolicyRef policy, List<String> clauses,
                         BigDecimal requiredAmount, List<DueDate> deadlines, Exemption exemption,
                         Map<String, String> facts, List<String> missingFacts, List<String> ruleIds,
                         LocalDate asOf, Instant assessedAt) {

  /** TC-6: which clause exempted, under which reading, on which ratings. */
  public record Exemption(String clause, String reading, String grade, Integer gradeYear, Boolean harmonious,
                          Integer designationYear) {}

  /** A deadline that follows from the obligation; {@code dueDate} is null until its start event happens. */
  public record DueDate(String obligation, LocalDate dueDate, BigDecimal amount, List<String> ruleIds, String note) {}

  public Assessment {
    clauses = List.copyOf(clauses);
    deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    missingFacts = missingFacts == null ? List.of() : List.copyOf(missingFacts);
    ruleIds = List.copyOf(ruleIds);
  }

  /** What decides whether an assessment is a change worth an event: outcome, clauses, amount, policy, exemption. */
  public boolean sameDecisionAs(Assessment other) {
    return other != null && outcome == other.outcome && Objects.equals(policy, other.policy)
        && clauses.equals(other.clauses) && Objects.equals(exemption, other.exemption)
        && (requiredAmount == null ? other.requiredAmount == null
            : other.requiredAmount != null && requiredAmount.compareTo(other.requiredAmount) == 0);
  }

  public Assessment numbered(long seq, List<DueDate> dueDates, Instant at) {
    return new Assessment(seq, outcome, policy, clauses, requiredAmount, dueDates, exemption, facts, missingFacts,
        ruleIds, asOf, at);
  }
}
