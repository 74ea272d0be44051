package io.wageguard.registry.api;

import io.wageguard.registry.api.EnterpriseRequests.ChangeProfile;
import io.wageguard.registry.api.EnterpriseRequests.ChangeStatus;
import io.wageguard.registry.api.EnterpriseRequests.DeclarePayroll;
import io.wageguard.registry.api.EnterpriseRequests.RecordDesignation;
import io.wageguard.registry.api.EnterpriseRequests.RecordRating;
import io.wageguard.registry.api.EnterpriseRequests.Register;
import io.wageguard.registry.application.EnterpriseService;
import io.wageguard.registry.domain.EnterpriseView;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes to the register. Who made a change comes from {@code X-Actor} for now ("unknown" without it); it goes
 * into the history. Every change answers the enterprise as it now is; a change that changes nothing is answered
 * the same way and emits nothing.
 */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseWriteController {

  static final String ACTOR = "X-Actor";
  private final EnterpriseService service;

  EnterpriseWriteController(EnterpriseService service) {
    this.service = service;
  }

  @PostMapping
  ResponseEntity<EnterpriseResponse> register(@Valid @RequestBody Register request,
      @RequestHeader(name = ACTOR, defaultValue = "unknown") String actor) {
    EnterpriseView view = service.register(request.toRegistration(), actor);
    return ResponseEntity.created(EnterpriseService.locationOf(view.creditCode())).body(EnterpriseResponse.of(view));
  }

  @PatchMapping("/{creditCode}")
  EnterpriseResponse changeProfile(@PathVariable String creditCode, @Valid @RequestBody ChangeProfile request,
      @RequestHeader(name = ACTOR, defaultValue = "unknown") String actor) {
    return EnterpriseResponse.of(service.change(creditCode, actor,
        (enterprise, stamp) -> enterprise.changeProfile(request.toPatch(), service.jurisdictions(), stamp)));
  }

  @PostMapping("/{creditCode}/payroll")
  EnterpriseResponse declarePayroll(@PathVariable String creditCode, @Valid @RequestBody DeclarePayroll request,
      @RequestHeader(name = ACTOR, defaultValue = "unknown") String actor) {
    return EnterpriseResponse.of(service.change(creditCode, actor, (enterprise, stamp) -> enterprise.declarePayroll(
        request.kind(), request.period(), request.totalWages(), request.effectiveDate(), stamp)));
  }

  @PostMapping("/{creditCode}/ratings")
  EnterpriseResponse recordRating(@PathVariable String creditCode, @Valid @RequestBody RecordRating request,
      @RequestHeader(name = ACTOR, defaultValue = "unknown") String actor) {
    return EnterpriseResponse.of(service.change(creditCode, actor, (enterprise, stamp) ->
        enterprise.recordRating(request.year(), request.grade(), request.effectiveDate(), stamp)));
  }

  @PostMapping("/{creditCode}/designations")
  EnterpriseResponse recordDesignation(@PathVariable String creditCode,
      @Valid @RequestBody RecordDesignation request,
      @RequestHeader(name = ACTOR, defaultValue = "unknown") String actor) {
    return EnterpriseResponse.of(service.change(creditCode, actor, (enterprise, stamp) ->
        enterprise.recordDesignation(request.year(), request.harmonious(), request.effectiveDate(), stamp)));
  }

  @PostMapping("/{creditCode}/status")
  EnterpriseResponse changeStatus(@PathVariable String creditCode, @Valid @RequestBody ChangeStatus request,
      @RequestHeader(name = ACTOR, defaultValue = "unknown") String actor) {
    return EnterpriseResponse.of(service.change(creditCode, actor, (enterprise, stamp) ->
        enterprise.changeStatus(request.status(), request.effectiveDate(), stamp)));
  }
}
