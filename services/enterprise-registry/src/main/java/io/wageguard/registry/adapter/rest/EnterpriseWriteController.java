package io.wageguard.registry.adapter.rest;

import io.wageguard.registry.adapter.rest.EnterpriseRequests.ChangeProfile;
import io.wageguard.registry.adapter.rest.EnterpriseRequests.ChangeStatus;
import io.wageguard.registry.adapter.rest.EnterpriseRequests.DeclarePayroll;
import io.wageguard.registry.adapter.rest.EnterpriseRequests.RecordDesignation;
import io.wageguard.registry.adapter.rest.EnterpriseRequests.RecordRating;
import io.wageguard.registry.adapter.rest.EnterpriseRequests.Register;
import io.wageguard.chassis.security.Caller;
import io.wageguard.registry.application.EnterpriseService;
import io.wageguard.registry.domain.EnterpriseView;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes to the register. Who made a change is the caller's account (the token's subject); it goes into the
 * history. An enterprise outside the caller's jurisdictions is not found (404); registering into, or moving to,
 * a jurisdiction the caller does not cover is forbidden (403). Every change answers the enterprise as it now is;
 * a change that changes nothing is answered the same way and emits nothing.
 */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseWriteController {

  private final EnterpriseService service;

  EnterpriseWriteController(EnterpriseService service) {
    this.service = service;
  }

  /** Where an enterprise's record is read. */
  static URI locationOf(String creditCode) {
    return URI.create("/api/enterprises/" + creditCode);
  }

  @PostMapping
  ResponseEntity<EnterpriseResponse> register(Caller caller, @Valid @RequestBody Register request) {
    EnterpriseView view = service.register(request.toRegistration(), caller);
    return ResponseEntity.created(locationOf(view.creditCode())).body(EnterpriseResponse.of(view));
  }

  @PatchMapping("/{creditCode}")
  EnterpriseResponse changeProfile(Caller caller, @PathVariable String creditCode,
      @Valid @RequestBody ChangeProfile request) {
    return EnterpriseResponse.of(service.change(creditCode, caller,
        (enterprise, stamp) -> enterprise.changeProfile(request.toPatch(), service.jurisdictions(), stamp)));
  }

  @PostMapping("/{creditCode}/payroll")
  EnterpriseResponse declarePayroll(Caller caller, @PathVariable String creditCode,
      @Valid @RequestBody DeclarePayroll request) {
    return EnterpriseResponse.of(service.change(creditCode, caller, (enterprise, stamp) -> enterprise.declarePayroll(
        request.kind(), request.period(), request.totalWages(), request.effectiveDate(), stamp)));
  }

  @PostMapping("/{creditCode}/ratings")
  EnterpriseResponse recordRating(Caller caller, @PathVariable String creditCode,
      @Valid @RequestBody RecordRating request) {
    return EnterpriseResponse.of(service.change(creditCode, caller, (enterprise, stamp) ->
        enterprise.recordRating(request.year(), request.grade(), request.effectiveDate(), stamp)));
  }

  @PostMapping("/{creditCode}/designations")
  EnterpriseResponse recordDesignation(Caller caller, @PathVariable String creditCode,
      @Valid @RequestBody RecordDesignation request) {
    return EnterpriseResponse.of(service.change(creditCode, caller, (enterprise, stamp) ->
        enterprise.recordDesignation(request.year(), request.harmonious(), request.effectiveDate(), stamp)));
  }

  @PostMapping("/{creditCode}/status")
  EnterpriseResponse changeStatus(Caller caller, @PathVariable String creditCode,
      @Valid @RequestBody ChangeStatus request) {
    return EnterpriseResponse.of(service.change(creditCode, caller, (enterprise, stamp) ->
        enterprise.changeStatus(request.status(), request.effectiveDate(), stamp)));
  }
}
