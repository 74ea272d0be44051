package io.wageguard.deposits.adapter.kafka;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.deposits.domain.EnterpriseFacts;
import io.wageguard.deposits.domain.EnterpriseFacts.FactSource;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.application.DepositService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps this service's view of each enterprise from enterprise.events (profile, payroll, ratings, designations, status). */
@Component
public class EnterpriseEventsListener {

  static final String PREFIX = "wageguard.enterprise.";
  static final Set<String> HANDLED = Set.of(PREFIX + "registered.v1", PREFIX + "profile-changed.v1",
      PREFIX + "payroll-declared.v1", PREFIX + "rating-recorded.v1", PREFIX + "designation-recorded.v1",
      PREFIX + "status-changed.v1");

  /** Our own small, tolerant view of the enterprise events' data. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record EnterpriseData(String creditCode, String name, String jurisdiction, String sector, String premises,
                               Integer headcount, Boolean hasOwnUnion, String status, LocalDate effectiveDate,
                               Long version, String kind, String period, String totalWages, Instant declaredAt,
                               Integer year, String grade, Boolean harmonious) {}

  private final DepositService service;

  public EnterpriseEventsListener(DepositService service) {
    this.service = service;
  }

  @KafkaListener(topics = "enterprise.events")
  public void on(CloudEvent event) {
    if (!HANDLED.contains(event.type())) {
      return;
    }
    EnterpriseData d = CloudEventCodec.dataAs(event, EnterpriseData.class);
    String creditCode = d.creditCode() != null ? d.creditCode() : event.subject();
    if (creditCode == null) {
      throw new IllegalArgumentException("event " + event.id() + " names no enterprise");
    }
    long version = d.version() == null ? 0 : d.version();
    String type = event.type().substring(PREFIX.length());
    LocalDate effective = d.effectiveDate() != null ? d.effectiveDate()
        : event.time() == null ? null : io.wageguard.chassis.time.Periods.businessDate(event.time());
    service.applyFacts(creditCode, event.id(), deposit -> {
      EnterpriseFacts facts = deposit.facts();
      return switch (type) {
        case "registered.v1", "profile-changed.v1" -> facts.applyProfile(
            new EnterpriseFacts.Profile(d.name(), d.jurisdiction(), d.sector(), d.premises(), d.headcount(),
                d.hasOwnUnion(), d.status()), version, effective, source("profile", event));
        case "payroll-declared.v1" -> facts.applyPayroll(new EnterpriseFacts.PayrollDeclaration(d.kind(), d.period(),
            Money.of(d.totalWages()), version, d.declaredAt()), d.jurisdiction(), source("payroll", event));
        case "rating-recorded.v1" -> facts.applyRating(new EnterpriseFacts.Rating(d.year(), d.grade(), version),
            d.jurisdiction(), source("rating", event));
        case "designation-recorded.v1" -> facts.applyDesignation(
            new EnterpriseFacts.Designation(d.year(), Boolean.TRUE.equals(d.harmonious()), version),
            d.jurisdiction(), source("designation", event));
        case "status-changed.v1" -> facts.applyStatus(d.status(), version, effective, d.jurisdiction(),
            source("status", event));
        default -> false;
      };
    });
  }

  static FactSource source(String fact, CloudEvent event) {
    return new FactSource(fact, event.id(), event.type(), event.time());
  }
}
