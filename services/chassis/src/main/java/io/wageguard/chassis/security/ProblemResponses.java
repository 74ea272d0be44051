package io.wageguard.chassis.security;

import io.wageguard.chassis.tracing.CurrentTrace;
import io.wageguard.chassis.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 problems, with the RFC 6750 {@code WWW-Authenticate} header the bearer-token handlers
 * set (it carries the OAuth2 error, e.g. {@code invalid_token}). The detail names what to fix, never internals.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final AuditTrailRecorder auditTrail;
  private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
  private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

  ProblemResponses(AuditTrailRecorder auditTrail) {
    this.auditTrail = auditTrail;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException {
    bearerEntryPoint.commence(request, response, failure);
    boolean tokenSent = request.getHeader("Authorization") != null;
    ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", tokenSent
        ? "The bearer token was not accepted (expired, wrong issuer or audience, or a bad signature); get a new one"
        + " from the issuer."
        : "A bearer token from the Wageguard issuer is required (Authorization: Bearer <token>).",
        request.getRequestURI());
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException denied) throws IOException {
    bearerDenied.handle(request, response, denied);
    auditTrail.recordIfWrite(request, HttpStatus.FORBIDDEN.value(), CurrentTrace.traceparent());
    ProblemWriter.write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
        "Your roles do not allow " + request.getMethod() + " on this endpoint.", request.getRequestURI());
  }
}
