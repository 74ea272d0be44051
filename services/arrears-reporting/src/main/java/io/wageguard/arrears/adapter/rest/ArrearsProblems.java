package io.wageguard.arrears.adapter.rest;

import io.wageguard.arrears.application.CaseNotFound;
import io.wageguard.arrears.application.OutsideJurisdiction;
import io.wageguard.arrears.domain.Refused;
import io.wageguard.chassis.web.ProblemDetailsAdvice;
import io.wageguard.chassis.web.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Arrears' refusals as RFC 9457 problems, in the chassis' shapes: a command that breaks a domain rule is a 422
 * naming each field and rule; a case unknown or out of reach is 404; a jurisdiction the caller does not cover is 403.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArrearsProblems {

  @ExceptionHandler(Refused.class)
  ProblemDetail ruleBroken(Refused e) {
    return ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
        "The request breaks a rule", e.violations().stream()
            .map(v -> new Violation(v.field(), v.rule(), v.message())).toList());
  }

  @ExceptionHandler(CaseNotFound.class)
  ProblemDetail notFound(CaseNotFound e) {
    return ProblemDetailsAdvice.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(OutsideJurisdiction.class)
  ProblemDetail outsideJurisdiction(OutsideJurisdiction e) {
    return ProblemDetailsAdvice.problem(HttpStatus.FORBIDDEN, "outside-jurisdiction", "Outside your jurisdictions",
        e.getMessage());
  }
}
