package io.wageguard.authserver;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One account of the issuer, and so one OAuth2 client: what its tokens say about the holder.
 *
 * @param name client id and the tokens' {@code sub}
 * @param roles the {@code roles} claim
 * @param jurisdictions the {@code jurisdictions} claim (GB/T 2260 codes)
 * @param creditCode the {@code credit_code} claim; ENTERPRISE accounts only
 */
public record Account(String name, List<String> roles, List<String> jurisdictions, Optional<String> creditCode) {

  /** The roles of the security contract (issue 7). */
  static final Set<String> ROLES = Set.of("LABOUR_BUREAU", "UNION", "AUDITOR", "ENTERPRISE", "BANK", "ADMIN",
      "MONITORING");

  public Account {
    roles = List.copyOf(roles);
    jurisdictions = List.copyOf(jurisdictions);
    if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("account name must be lower case letters, digits and '-': " + name);
    }
    if (roles.isEmpty() || !ROLES.containsAll(roles)) {
      throw new IllegalArgumentException(name + ": roles must be some of " + ROLES + ", not " + roles);
    }
    jurisdictions.forEach(code -> {
      if (!code.matches("\\d{6}")) {
        throw new IllegalArgumentException(name + ": jurisdiction '" + code + "' is not a GB/T 2260 code");
      }
    });
    boolean enterprise = roles.contains("ENTERPRISE");
    if (enterprise != creditCode.isPresent()) {
      throw new IllegalArgumentException(name + ": a credit code is required for, and only for, ENTERPRISE accounts");
    }
  }

  /** The environment variable that holds this account's client secret. */
  public String secretVariable() {
    return "WAGEGUARD_AUTH_SECRET_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
