package io.wageguard.arrears.api;

import io.wageguard.arrears.domain.Refused;
import io.wageguard.chassis.web.ProblemDetailsAdvice;
import io.wageguard.chassis.web.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command that breaks a domain rule is a 422 problem naming each field and rule, like the chassis's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DomainProblems {

  @ExceptionHandler(Refused.class)
  ProblemDetail ruleBroken(Refused e) {
    return ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
        "The request breaks a rule", e.violations().stream()
            .map(v -> new Violation(v.field(), v.rule(), v.message())).toList());
  }
}
