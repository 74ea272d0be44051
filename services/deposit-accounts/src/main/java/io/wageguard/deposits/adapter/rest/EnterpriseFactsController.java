package io.wageguard.deposits.adapter.rest;

import io.micrometer.core.annotation.Timed;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.security.Caller;
import io.wageguard.deposits.adapter.rest.DepositResponses.AssessmentResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.FactsResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.PolicyResponse;
import io.wageguard.deposits.application.DepositService;
import io.wageguard.deposits.domain.Assessment;
import java.util.List;
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
  FactsResponse facts(Caller caller, @PathVariable String creditCode) {
    return ResponseMappers.facts(service.get(caller, creditCode).facts());
  }

  @GetMapping("/api/enterprises/{creditCode}/obligation")
  AssessmentResponse obligation(Caller caller, @PathVariable String creditCode) {
    Assessment a = service.get(caller, creditCode).assessment();
    if (a == null) {
      throw new NotFound("no assessment of " + creditCode + " yet");
    }
    return ResponseMappers.assessment(a);
  }

  @GetMapping("/api/enterprises/{creditCode}/obligation/history")
  List<AssessmentResponse> history(Caller caller, @PathVariable String creditCode) {
    return service.get(caller, creditCode).assessments().stream().map(ResponseMappers::assessment).toList();
  }

  @GetMapping("/api/policies")
  List<PolicyResponse> policies() {
    return service.policies().policies().stream().map(ResponseMappers::policy).toList();
  }
}
