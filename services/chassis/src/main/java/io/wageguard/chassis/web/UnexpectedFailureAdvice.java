package io.wageguard.chassis.web;

import io.wageguard.chassis.tracing.CurrentTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last resort for anything no other advice handled: a 500 problem naming no class, message or stack frame,
 * only the trace id to find the whole story in the logs. Lowest precedence and registered by the chassis'
 * auto-configuration, so {@link ProblemDetailsAdvice} (every refusal of {@code chassis.rules}) answers first; security's own exceptions go back to its handlers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedFailureAdvice {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedFailureAdvice.class);

  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e;
    }
    String traceparent = CurrentTrace.traceparent();
    String traceId = traceparent == null ? "unknown" : traceparent.split("-")[1];
    log.error("unexpected failure (trace {})", traceId, e);
    ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
        "Internal error", "The service failed to answer; operators can find out why with trace id " + traceId + ".");
    problem.setProperty("traceId", traceId);
    return problem;
  }
}
