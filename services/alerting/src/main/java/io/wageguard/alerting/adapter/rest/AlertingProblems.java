package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.Conflict;
import io.wageguard.alerting.application.NotFound;
import io.wageguard.alerting.application.OutsideJurisdiction;
import io.wageguard.alerting.application.Refused;
import io.wageguard.chassis.web.ProblemDetailsAdvice;
import io.wageguard.chassis.web.Violation;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Alerting's refusals as RFC 9457 problems, in the chassis' shapes: a request breaking a rule is 422 listing each
 * field and rule; a record unknown or out of reach is 404; a jurisdiction (or a union of one) the caller does not
 * cover is 403; a state that forbids the request is 409 with the record's location.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlertingProblems {

  static URI alertLocation(String id) {
    return URI.create("/api/alerts/" + id);
  }

  static URI unionLocation(String id) {
    return URI.create("/api/unions/" + id);
  }

  @ExceptionHandler(Refused.class)
  ProblemDetail refused(Refused e) {
    return ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
        "The request breaks a rule", e.violations().stream()
            .map(v -> new Violation(v.field(), v.rule(), v.message())).toList());
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    return ProblemDetailsAdvice.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(OutsideJurisdiction.class)
  ProblemDetail outsideJurisdiction(OutsideJurisdiction e) {
    return ProblemDetailsAdvice.problem(HttpStatus.FORBIDDEN, "outside-jurisdiction", "Outside your jurisdictions",
        e.getMessage());
  }

  @ExceptionHandler(Conflict.class)
  ResponseEntity<ProblemDetail> conflict(Conflict e) {
    URI existing = switch (e.of()) {
      case ALERT -> alertLocation(e.id());
      case UNION -> unionLocation(e.id());
    };
    ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.CONFLICT, "conflict", "Already exists",
        e.getMessage());
    problem.setProperty("existing", existing);
    return ResponseEntity.status(HttpStatus.CONFLICT).location(existing).body(problem);
  }
}
