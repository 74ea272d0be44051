package io.wageguard.arrears.api;

import io.wageguard.arrears.domain.DomainRuleException;
import io.wageguard.chassis.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command that breaks a domain rule is a 422 problem naming each field and rule, like the chassis's. */
@RestControllerAdvice
public class DomainProblems {

  @ExceptionHandler(DomainRuleException.class)
  ProblemDetail ruleBroken(DomainRuleException e) {
    return ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
        "The request breaks a rule", e.violations());
  }
}
