package io.wageguard.deposits.adapter.kafka;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.deposits.domain.EnterpriseFacts;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.application.DepositService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps open cases, unpaid amounts, incidents and thresholds from arrears.events (TC-3a..c, HT-1c, HT-4, HT-5, EW-8). */
@Component
public class ArrearsEventsListener {

  static final String PREFIX = "wageguard.arrears.";

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ArrearsData(String caseId, String creditCode, String jurisdiction, LocalDate arrearsStartDate,
                            List<String> wageMonths, String amountOwed, Integer workersAffected,
                            String amountOutstanding, Boolean fullySettled, LocalDate closedOn,
                            String incidentId, String kind, LocalDate occurredOn, Integer workersInvolved,
                            Integer monthsInRow, Integer monthsInTotal, LocalDate asOf) {}

  private final DepositService service;

  public ArrearsEventsListener(DepositService service) {
    this.service = service;
  }

  @KafkaListener(topics = "arrears.events")
  public void on(CloudEvent event) {
    String type = event.type().startsWith(PREFIX) ? event.type().substring(PREFIX.length()) : "";
    if (!List.of("case-opened.v1", "settled.v1", "deferral-lapsed.v1", "case-closed.v1", "incident-recorded.v1",
        "threshold-reached.v1").contains(type)) {
      return;
    }
    ArrearsData d = CloudEventCodec.dataAs(event, ArrearsData.class);
    String creditCode = d.creditCode() != null ? d.creditCode() : event.subject();
    if (creditCode == null) {
      throw new IllegalArgumentException("event " + event.id() + " names no enterprise");
    }
    EnterpriseFacts.FactSource source = EnterpriseEventsListener.source("arrears", event);
    service.applyFacts(creditCode, event.id(), deposit -> {
      EnterpriseFacts facts = deposit.facts();
      return switch (type) {
        case "case-opened.v1" -> facts.openCase(new EnterpriseFacts.ArrearsCase(d.caseId(), d.arrearsStartDate(),
            d.wageMonths() == null ? List.of() : d.wageMonths(), money(d.amountOwed()), money(d.amountOwed()),
            d.workersAffected() == null ? 0 : d.workersAffected(), true, null), d.jurisdiction(), source);
        case "settled.v1" -> facts.updateCase(d.caseId(), money(d.amountOutstanding()),
            Boolean.TRUE.equals(d.fullySettled()) ? Boolean.FALSE : null, null, d.jurisdiction(), source);
        case "deferral-lapsed.v1" -> facts.updateCase(d.caseId(), money(d.amountOutstanding()), null, null,
            d.jurisdiction(), source);
        case "case-closed.v1" -> facts.updateCase(d.caseId(), null, Boolean.FALSE, d.closedOn(), d.jurisdiction(), source);
        case "incident-recorded.v1" -> facts.recordIncident(new EnterpriseFacts.Incident(d.incidentId(), d.caseId(),
            d.kind(), d.occurredOn(), d.workersInvolved() == null ? 0 : d.workersInvolved()), d.jurisdiction(), source);
        case "threshold-reached.v1" -> facts.recordThreshold(new EnterpriseFacts.Threshold(d.caseId(),
            d.monthsInRow() == null ? 0 : d.monthsInRow(), d.monthsInTotal() == null ? 0 : d.monthsInTotal(),
            d.asOf()), d.jurisdiction(), source);
        default -> false;
      };
    });
  }

  private static BigDecimal money(String value) {
    return value == null ? null : Money.of(value);
  }
}
