package io.wageguard.chassis.security;

import io.wageguard.chassis.tracing.CurrentTrace;
import io.wageguard.chassis.web.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as RFC 9457 problems, with the RFC 6750 {@code WWW-Authenticate} header the bearer-token handlers
 * set (it carries the OAuth2 error, e.g. {@code invalid_token}). The detail names what to fix, never internals.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final JsonMapper JSON = JsonMapper.builder().build();

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
    write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", tokenSent
        ? "The bearer token was not accepted (expired, wrong issuer or audience, or a bad signature); get a new one"
        + " from the issuer."
        : "A bearer token from the Wageguard issuer is required (Authorization: Bearer <token>).", request);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException denied) throws IOException {
    bearerDenied.handle(request, response, denied);
    auditTrail.recordIfWrite(request, HttpStatus.FORBIDDEN.value(), CurrentTrace.traceparent());
    write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
        "Your roles do not allow " + request.getMethod() + " on this endpoint.", request);
  }

  private static void write(HttpServletResponse response, HttpStatus status, String type, String title,
      String detail, HttpServletRequest request) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", ProblemDetailsAdvice.TYPE_BASE + type);
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
