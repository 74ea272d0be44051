package io.wageguard.chassis.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One row of a service's access matrix: which roles may call an endpoint, and which records they then reach.
 *
 * @param path the endpoint's path pattern exactly as its controller maps it, e.g. {@code /api/cases/{caseId}}
 * @param reach how the records are narrowed, enforced by the endpoint with {@link Caller}
 */
public record AccessRule(HttpMethod method, String path, Set<Role> roles, Reach reach) {

  /** Which records the allowed roles reach on this endpoint. */
  public enum Reach {
    /** Records in the caller's jurisdictions; an enterprise only its own. */
    JURISDICTION,
    /** Not tied to a jurisdiction (reference data such as policies, the union directory). */
    ANY
  }

  public AccessRule {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reach, "reach");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean allows(Role role) {
    return roles.contains(role);
  }

  /** {@code GET /api/cases/{caseId}}: how the endpoint is named in tests and reports. */
  public String endpoint() {
    return method.name() + " " + path;
  }
}
