package io.wageguard.deposits.adapter.rest;

import io.wageguard.chassis.web.ProblemDetailsAdvice;
import io.wageguard.chassis.web.Violation;
import io.wageguard.deposits.application.DepositNotFound;
import io.wageguard.deposits.domain.Refused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Deposit-accounts' refusals as RFC 9457 problems, in the chassis' shapes: a domain rule broken by a request is 422
 * with the field and rule id of each violation; an enterprise unknown or out of the caller's reach is 404.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DepositProblems {

  @ExceptionHandler(Refused.class)
  ProblemDetail refused(Refused e) {
    return ProblemDetailsAdvice.violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
        "The request breaks a rule", e.violations().stream()
            .map(v -> new Violation(v.field(), v.rule(), v.message())).toList());
  }

  @ExceptionHandler(DepositNotFound.class)
  ProblemDetail notFound(DepositNotFound e) {
    return ProblemDetailsAdvice.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }
}
