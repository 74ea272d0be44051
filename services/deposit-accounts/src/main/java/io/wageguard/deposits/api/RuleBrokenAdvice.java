package io.wageguard.deposits.api;

import io.wageguard.chassis.web.ProblemDetailsAdvice;
import io.wageguard.deposits.domain.RuleBroken;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A domain rule broken by a request: 422 with the field and rule id of each violation, as the chassis answers. */
@RestControllerAdvice
class RuleBrokenAdvice {

  @ExceptionHandler(RuleBroken.class)
  ProblemDetail ruleBroken(RuleBroken e) {
    return ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
        "The request breaks a rule", e.violations());
  }
}
