package io.wageguard.deposits.adapter.rest;

import io.micrometer.core.annotation.Timed;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.security.Caller;
import io.wageguard.deposits.application.DepositService;
import io.wageguard.deposits.domain.Assessment;
import io.wageguard.deposits.domain.Describe;
import io.wageguard.deposits.domain.EnterpriseFacts;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.domain.Policy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read side: what this service knows of an enterprise (and from which events), and its obligation. */
@RestController
@Timed("wageguard.deposits.http.reads")
public class EnterpriseFactsController {

  private final DepositService service;

  public EnterpriseFactsController(DepositService service) {
    this.service = service;
  }

  @GetMapping("/api/enterprises/{creditCode}/facts")
  Map<String, Object> facts(Caller caller, @PathVariable String creditCode) {
    EnterpriseFacts f = service.get(caller, creditCode).facts();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("creditCode", f.creditCode());
    m.put("name", f.name());
    m.put("jurisdiction", f.jurisdiction());
    m.put("sector", f.sector());
    m.put("premises", f.premises());
    m.put("headcount", f.headcount());
    m.put("status", f.status());
    m.put("profileVersion", f.profileVersion());
    m.put("statusHistory", f.statusHistory().stream().map(s -> Map.of("status", s.status(),
        "effectiveDate", String.valueOf(s.effectiveDate()))).toList());
    Map<String, Object> annual = new TreeMap<>();
    f.annualPayrolls().forEach((k, v) -> annual.put(k, Money.format(v.totalWages())));
    Map<String, Object> monthly = new TreeMap<>();
    f.monthlyPayrolls().forEach((k, v) -> monthly.put(k, Money.format(v.totalWages())));
    m.put("payroll", Map.of("annual", annual, "monthly", monthly));
    Map<String, Object> ratings = new TreeMap<>();
    f.ratings().forEach((k, v) -> ratings.put(k, v.grade()));
    m.put("ratings", ratings);
    Map<String, Object> designations = new TreeMap<>();
    f.designations().forEach((k, v) -> designations.put(k, v.harmonious()));
    m.put("designations", designations);
    m.put("arrearsCases", f.cases().stream().map(c -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("caseId", c.caseId());
      cm.put("arrearsStartDate", c.arrearsStartDate() == null ? null : c.arrearsStartDate().toString());
      cm.put("wageMonths", c.wageMonths());
      cm.put("amountOwed", Money.format(c.amountOwed()));
      cm.put("amountOutstanding", Money.format(c.amountOutstanding()));
      cm.put("workersAffected", c.workersAffected());
      cm.put("open", c.open());
      return cm;
    }).toList());
    m.put("unpaidArrears", Money.format(f.unpaidArrears()));
    m.put("incidents", f.incidents().stream().map(i -> Map.of("incidentId", i.incidentId(), "kind", i.kind(),
        "occurredOn", String.valueOf(i.occurredOn()), "workersInvolved", i.workersInvolved())).toList());
    m.put("thresholds", f.thresholds().stream().map(t -> Map.of("monthsInRow", t.monthsInRow(),
        "monthsInTotal", t.monthsInTotal(), "asOf", String.valueOf(t.asOf()))).toList());
    m.put("sources", f.sources().stream().map(s -> Map.of("fact", s.fact(), "eventId", s.eventId(),
        "type", s.type(), "time", String.valueOf(s.time()))).toList());
    return m;
  }

  @GetMapping("/api/enterprises/{creditCode}/obligation")
  Map<String, Object> obligation(Caller caller, @PathVariable String creditCode) {
    Assessment a = service.get(caller, creditCode).assessment();
    if (a == null) {
      throw new NotFound("no assessment of " + creditCode + " yet");
    }
    return Describe.assessment(a);
  }

  @GetMapping("/api/enterprises/{creditCode}/obligation/history")
  List<Map<String, Object>> history(Caller caller, @PathVariable String creditCode) {
    return service.get(caller, creditCode).assessments().stream().map(Describe::assessment).toList();
  }

  @GetMapping("/api/policies")
  List<Map<String, Object>> policies() {
    return service.policies().policies().stream().map(EnterpriseFactsController::policy).toList();
  }

  private static Map<String, Object> policy(Policy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("version", p.version());
    m.put("jurisdiction", p.jurisdiction());
    m.put("name", p.name());
    m.put("effectiveFrom", p.effectiveFrom().toString());
    m.put("family", p.family().name());
    m.put("parameters", p.isLumpSum() ? String.valueOf(p.lumpSum()) : String.valueOf(p.monthly()));
    return m;
  }
}
