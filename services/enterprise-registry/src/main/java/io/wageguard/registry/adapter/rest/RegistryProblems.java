package io.wageguard.registry.adapter.rest;

import io.wageguard.chassis.web.ProblemDetailsAdvice;
import io.wageguard.chassis.web.Violation;
import io.wageguard.registry.application.AlreadyRegistered;
import io.wageguard.registry.application.EnterpriseNotFound;
import io.wageguard.registry.application.OutsideJurisdiction;
import io.wageguard.registry.domain.Refused;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The register's refusals as RFC 9457 problems, in the chassis' shapes: a command the domain refuses is a 422
 * listing each field and the rule it breaks; an enterprise unknown or out of reach is 404; a code registered
 * already is 409 with the existing record's location; a jurisdiction the caller does not cover is 403.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryProblems {

  @ExceptionHandler(Refused.class)
  ProblemDetail refused(Refused e) {
    return ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
        "The request breaks a rule", e.violations().stream()
            .map(v -> new Violation(v.field(), v.rule(), v.message())).toList());
  }

  @ExceptionHandler(EnterpriseNotFound.class)
  ProblemDetail notFound(EnterpriseNotFound e) {
    return ProblemDetailsAdvice.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(AlreadyRegistered.class)
  ResponseEntity<ProblemDetail> alreadyRegistered(AlreadyRegistered e) {
    URI existing = EnterpriseWriteController.locationOf(e.creditCode());
    ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.CONFLICT, "conflict", "Already exists",
        e.getMessage());
    problem.setProperty("existing", existing);
    return ResponseEntity.status(HttpStatus.CONFLICT).location(existing).body(problem);
  }

  @ExceptionHandler(OutsideJurisdiction.class)
  ProblemDetail outsideJurisdiction(OutsideJurisdiction e) {
    return ProblemDetailsAdvice.problem(HttpStatus.FORBIDDEN, "outside-jurisdiction", "Outside your jurisdictions",
        e.getMessage());
  }
}
