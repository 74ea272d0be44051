package io.wageguard.registry.api;

import io.wageguard.chassis.web.ProblemDetailsAdvice;
import io.wageguard.registry.domain.Refused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command the domain refuses is a 422 problem listing each field and the rule it breaks (as the chassis's). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedAdvice {

  @ExceptionHandler(Refused.class)
  ProblemDetail refused(Refused e) {
    return ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
        "The request breaks a rule", e.violations());
  }
}
