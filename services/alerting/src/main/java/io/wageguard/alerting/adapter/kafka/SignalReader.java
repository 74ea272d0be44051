package io.wageguard.alerting.adapter.kafka;

import io.wageguard.alerting.domain.Observation;
import io.wageguard.alerting.domain.Signal;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the signals EW-1..EW-8 out of arrears and deposit events (alerting's own tolerant DTOs). */
public final class SignalReader {

  private SignalReader() {}

  /** What alerting reads of any arrears event; everything optional, unknown fields ignored. */
  public record ArrearsData(String caseId, String creditCode, String jurisdiction, List<String> ruleIds,
      Integer workersAffected, Boolean groupArrears, String arrearsStartDate, String reportDeadline,
      List<String> wageMonths, String amountOwed, String reporterRole, String reportId, List<Reason> reasons,
      String filedAt, String deferralEndDate, String amountOutstanding, String detectedAt, String incidentId,
      String kind, String occurredOn, Integer workersInvolved, Integer monthsInRow, Integer monthsInTotal,
      String asOf) {}

  public record Reason(String field, String rule, String message) {}

  public record PolicyRef(String id, Integer version) {}

  public record DepositData(String creditCode, String jurisdiction, PolicyRef policy, String obligation,
      String dueDate, Integer missCount, List<String> ruleIds, String unpaidArrears, String balance,
      String shortfall, String since) {}

  public static Optional<Observation> fromArrears(CloudEvent event) {
    String type = event.type();
    if (!type.startsWith("wageguard.arrears.")) {
      return Optional.empty();
    }
    Signal signal = switch (type) {
      case "wageguard.arrears.case-opened.v1" -> Signal.EW_1;
      case "wageguard.arrears.report-overdue.v1" -> Signal.EW_2;
      case "wageguard.arrears.report-invalid.v1" -> Signal.EW_3;
      case "wageguard.arrears.deferral-lapsed.v1" -> Signal.EW_4;
      case "wageguard.arrears.threshold-reached.v1" -> Signal.EW_5;
      case "wageguard.arrears.incident-recorded.v1" -> Signal.EW_6;
      default -> null;
    };
    if (signal == null) {
      return Optional.empty();
    }
    ArrearsData d = CloudEventCodec.dataAs(event, ArrearsData.class);
    String creditCode = required(d.creditCode() != null ? d.creditCode() : event.subject(), "creditCode", event);
    String jurisdiction = required(d.jurisdiction(), "jurisdiction", event);
    Map<String, Object> facts = new LinkedHashMap<>();
    List<String> identity;
    List<String> cited = new ArrayList<>(d.ruleIds() == null ? List.of() : d.ruleIds());
    Integer workers = d.workersAffected();
    switch (signal) {
      case EW_1 -> {
        identity = List.of(required(d.caseId(), "caseId", event));
        put(facts, "arrearsStartDate", d.arrearsStartDate());
        put(facts, "wageMonths", d.wageMonths());
        put(facts, "amountOwed", d.amountOwed());
        put(facts, "workersAffected", d.workersAffected());
        put(facts, "reporterRole", d.reporterRole());
        put(facts, "reportDeadline", d.reportDeadline());
      }
      case EW_2 -> {
        identity = List.of(required(d.caseId(), "caseId", event));
        cited.addFirst("TC-2");
        put(facts, "arrearsStartDate", d.arrearsStartDate());
        put(facts, "reportDeadline", d.reportDeadline());
        put(facts, "workersAffected", d.workersAffected());
        facts.put("validReportReceived", false);
      }
      case EW_3 -> {
        identity = List.of(required(d.reportId(), "reportId", event));
        if (d.reasons() != null) {
          d.reasons().stream().map(Reason::rule).filter(r -> r != null).forEach(cited::add);
          facts.put("reasons", d.reasons().stream().map(r -> {
            Map<String, Object> reason = new LinkedHashMap<>();
            put(reason, "field", r.field());
            put(reason, "rule", r.rule());
            put(reason, "message", r.message());
            return reason;
          }).toList());
        }
        put(facts, "reportId", d.reportId());
        put(facts, "filedAt", d.filedAt());
      }
      case EW_4 -> {
        identity = List.of(required(d.caseId(), "caseId", event), String.valueOf(d.deferralEndDate()));
        cited.add("TC-2b");
        put(facts, "deferralEndDate", d.deferralEndDate());
        put(facts, "amountOutstanding", d.amountOutstanding());
        put(facts, "workersAffected", d.workersAffected());
        put(facts, "detectedAt", d.detectedAt());
      }
      case EW_5 -> {
        identity = List.of(creditCode, String.valueOf(d.monthsInRow()), String.valueOf(d.monthsInTotal()),
            String.valueOf(d.asOf()));
        put(facts, "monthsInRow", d.monthsInRow());
        put(facts, "monthsInTotal", d.monthsInTotal());
        put(facts, "asOf", d.asOf());
        workers = null;
      }
      case EW_6 -> {
        identity = List.of(required(d.incidentId(), "incidentId", event));
        put(facts, "incidentId", d.incidentId());
        put(facts, "kind", d.kind());
        put(facts, "occurredOn", d.occurredOn());
        put(facts, "workersInvolved", d.workersInvolved());
        workers = d.workersInvolved();
      }
      default -> throw new IllegalStateException("not an arrears signal: " + signal);
    }
    Boolean group = signal == Signal.EW_5 ? null : d.groupArrears();
    return Optional.of(new Observation(signal, creditCode, jurisdiction, identity, dedupe(cited), workers, group,
        0, facts, d.caseId()));
  }

  public static Optional<Observation> fromDeposit(CloudEvent event) {
    Signal signal = switch (event.type()) {
      case "wageguard.deposit.deadline-missed.v1" -> Signal.EW_7;
      case "wageguard.deposit.arrears-exceed-balance.v1" -> Signal.EW_8;
      default -> null;
    };
    if (signal == null) {
      return Optional.empty();
    }
    DepositData d = CloudEventCodec.dataAs(event, DepositData.class);
    String creditCode = required(d.creditCode() != null ? d.creditCode() : event.subject(), "creditCode", event);
    String jurisdiction = required(d.jurisdiction(), "jurisdiction", event);
    Map<String, Object> facts = new LinkedHashMap<>();
    List<String> cited = new ArrayList<>(d.ruleIds() == null ? List.of() : d.ruleIds());
    if (d.policy() != null) {
      put(facts, "depositPolicy", d.policy().id() + "/" + d.policy().version());
    }
    List<String> identity;
    int missCount = 0;
    if (signal == Signal.EW_7) {
      missCount = d.missCount() == null ? 1 : d.missCount();
      identity = List.of(creditCode, String.valueOf(d.obligation()), String.valueOf(d.dueDate()),
          Integer.toString(missCount));
      put(facts, "obligation", d.obligation());
      put(facts, "dueDate", d.dueDate());
      String obligationRule = d.obligation() == null ? null : d.obligation().split("_")[0];
      if (obligationRule != null && obligationRule.matches("(TC|HT)-[0-9]+")) {
        cited.add(obligationRule);
      }
    } else {
      // One alert per episode: while the arrears keep exceeding the balance, a changed shortfall is not a
      // new warning for the union (deposit-accounts still reports it; the deposit status shows it).
      identity = d.since() != null
          ? List.of(creditCode, "since", d.since())
          : List.of(creditCode, String.valueOf(d.unpaidArrears()), String.valueOf(d.balance()));
      put(facts, "since", d.since());
      put(facts, "unpaidArrears", d.unpaidArrears());
      put(facts, "balance", d.balance());
      put(facts, "shortfall", d.shortfall());
    }
    return Optional.of(new Observation(signal, creditCode, jurisdiction, identity, dedupe(cited), null, null,
        missCount, facts, null));
  }

  private static List<String> dedupe(List<String> ruleIds) {
    return List.copyOf(new LinkedHashSet<>(ruleIds.stream()
        .filter(r -> r != null && r.matches("^(P|TC|HT|M|EW)-[0-9]+[a-z]?$")).toList()));
  }

  private static void put(Map<String, Object> facts, String name, Object value) {
    if (value != null) {
      facts.put(name, value);
    }
  }

  /** A producer broke its contract: not retryable, the chassis dead-letters it with this reason. */
  private static String required(String value, String field, CloudEvent event) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(event.type() + " " + event.id() + " has no " + field);
    }
    return value;
  }
}
