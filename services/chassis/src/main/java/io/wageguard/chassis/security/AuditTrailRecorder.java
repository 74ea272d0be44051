package io.wageguard.chassis.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.tracing.CurrentTrace;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every authenticated write (any method but GET, HEAD, OPTIONS) in the audit trail once it has been
 * answered, and the writes the access matrix refused (via {@link ProblemResponses}). Runs inside the security
 * filter chain's scope, so the caller is known. Unauthenticated requests are refused before they change anything
 * and have no one to record.
 *
 * <p>The entry is written after the change, not with it: if MongoDB fails in between, the change stands and the
 * failure is logged and counted ({@code wageguard.audit.failures}); the record itself keeps its own actor field.
 */
public class AuditTrailRecorder extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AuditTrailRecorder.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Counter failures;

  AuditTrailRecorder(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
    this.mongo = mongo;
    this.clock = clock;
    this.failures = Counter.builder("wageguard.audit.failures")
        .description("Writes whose audit-trail entry could not be stored").register(meters);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String traceparent = CurrentTrace.traceparent();
    try {
      chain.doFilter(request, response);
    } finally {
      recordIfWrite(request, response.getStatus(), traceparent);
    }
  }

  /** Also called for writes the access matrix refused (they never reach this filter). */
  void recordIfWrite(HttpServletRequest request, int status, String traceparent) {
    if (!READS.contains(request.getMethod())
        && SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
      record(Caller.fromToken(token.getToken()), request, status, traceparent);
    }
  }

  private void record(Caller caller, HttpServletRequest request, int status, String traceparent) {
    String path = request.getQueryString() == null
        ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
    AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), clock.instant(), caller.subject(),
        caller.roles().stream().map(Role::name).sorted().toList(),
        caller.jurisdictions().stream().sorted().toList(), caller.creditCode().orElse(null),
        request.getMethod(), path, status, traceparent, null, null);
    insert(entry);
  }

  /**
   * Records a change the service made by itself or on an admin's request to data every jurisdiction shares (the
   * working-day calendar): {@code actor} is the admin's subject, or the service's own name for a scheduled change.
   *
   * @param status 200 for a change applied, 422 for input refused
   */
  public void recordChange(String actor, List<String> roles, String path, int status, String action,
      String detail) {
    insert(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), actor, roles,
        CoveredJurisdictions.official().all().stream().sorted().toList(), null, "CHANGE", path, status,
        CurrentTrace.traceparent(), action, detail));
  }

  private void insert(AuditEntry entry) {
    try {
      mongo.insert(entry);
    } catch (RuntimeException e) {
      failures.increment();
      log.error("audit trail: could not record {} {} by {} ({}): {}", entry.method(), entry.path(),
          entry.actor(), entry.status(), e.toString());
    }
  }
}
