package io.wageguard.chassis.security;

import static io.wageguard.chassis.security.AccessMatrix.allow;

import org.springframework.http.HttpMethod;

/**
 * Every write through a service's REST API, with who made it: the chassis records each one (AuditTrailRecorder)
 * and serves the trail at {@code GET /api/audit-trail} to auditors and admins. Each service lists {@link #READ} in
 * its access matrix.
 */
public final class AuditTrail {

  public static final String PATH = "/api/audit-trail";

  /** The trail's row in every service's access matrix: auditors and admins, within their jurisdictions. */
  public static final AccessRule READ =
      allow(HttpMethod.GET, PATH, AccessRule.Reach.JURISDICTION, Role.AUDITOR, Role.ADMIN);

  private AuditTrail() {}
}
