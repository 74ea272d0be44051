package io.wageguard.chassis.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;

/**
 * A service's authorization matrix: every endpoint × the roles allowed, and the records they reach. It is the
 * one place a service says who may do what; the chassis enforces it for every request (anything not listed is
 * denied), and each service's matrix test calls every endpoint as every role.
 *
 * <pre>
 * AccessMatrix.of(
 *     allow(GET,  "/api/cases/{caseId}", JURISDICTION, LABOUR_BUREAU, UNION, AUDITOR, ENTERPRISE, ADMIN),
 *     allow(POST, "/api/cases",          JURISDICTION, LABOUR_BUREAU, UNION));
 * </pre>
 */
public final class AccessMatrix {

  private final List<AccessRule> rules;

  private AccessMatrix(List<AccessRule> rules) {
    Set<String> seen = new HashSet<>();
    for (AccessRule rule : rules) {
      if (!seen.add(rule.endpoint())) {
        throw new IllegalArgumentException("listed twice in the access matrix: " + rule.endpoint());
      }
    }
    this.rules = List.copyOf(rules);
  }

  public static AccessMatrix of(AccessRule... rules) {
    return new AccessMatrix(Arrays.asList(rules));
  }

  public static AccessRule allow(HttpMethod method, String path, AccessRule.Reach reach, Role... roles) {
    return new AccessRule(method, path, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)),
        reach);
  }

  public List<AccessRule> rules() {
    return rules;
  }

  /** The matrix as a table (endpoint, then one column per role), for logs and documentation. */
  public String toTable() {
    List<String> lines = new ArrayList<>();
    int width = rules.stream().mapToInt(rule -> rule.endpoint().length()).max().orElse(8);
    String header = String.format("%-" + width + "s  ", "endpoint") + Arrays.stream(Role.values())
        .map(role -> String.format("%-13s", role.name())).collect(Collectors.joining()) + "reach";
    lines.add(header);
    for (AccessRule rule : rules) {
      lines.add(String.format("%-" + width + "s  ", rule.endpoint()) + Arrays.stream(Role.values())
          .map(role -> String.format("%-13s", rule.allows(role) ? "yes" : "-")).collect(Collectors.joining())
          + rule.reach());
    }
    return String.join(System.lineSeparator(), lines);
  }
}
