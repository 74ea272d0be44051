package io.wageguard.chassis.security;

import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from a validated access token: the account ({@code sub}), its roles, the jurisdictions it
 * covers (claimed codes and everything below them) and, for an enterprise, its own credit code.
 *
 * <p>The access matrix decides which roles reach an endpoint; these checks decide which records: a resource
 * outside the caller's reach is "not found" when read (its existence is not confirmed) and "forbidden" when the
 * caller names the jurisdiction itself, e.g. files a case for another city.
 */
public record Caller(String subject, Set<Role> roles, Set<String> jurisdictions, Optional<String> creditCode) {

  public static final String ROLES_CLAIM = "roles";
  public static final String JURISDICTIONS_CLAIM = "jurisdictions";
  public static final String CREDIT_CODE_CLAIM = "credit_code";

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    jurisdictions = Set.copyOf(jurisdictions);
  }

  /** The caller of the current request. */
  public static Caller current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      return fromToken(token.getToken());
    }
    throw new IllegalStateException("no authenticated caller on this thread");
  }

  public static Caller fromToken(Jwt jwt) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : listClaim(jwt, ROLES_CLAIM)) {
      try {
        roles.add(Role.valueOf(role));
      } catch (IllegalArgumentException unknown) {
        // A role this service does not know grants nothing.
      }
    }
    Set<String> covered = CoveredJurisdictions.official().expand(listClaim(jwt, JURISDICTIONS_CLAIM));
    return new Caller(jwt.getSubject(), roles, covered,
        Optional.ofNullable(jwt.getClaimAsString(CREDIT_CODE_CLAIM)).filter(code -> !code.isBlank()));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Whether the caller covers the jurisdiction: one of its token's codes, a division below them, or a township
   * (9-digit code) inside one of those.
   */
  public boolean covers(String jurisdiction) {
    if (jurisdiction == null) {
      return false;
    }
    return jurisdictions.contains(jurisdiction)
        || (jurisdiction.length() == 9 && jurisdictions.contains(jurisdiction.substring(0, 6)));
  }

  /**
   * Whether the caller may see a record of this enterprise in this jurisdiction: an enterprise sees only its
   * own records; every other role sees its jurisdictions.
   */
  public boolean reaches(String jurisdiction, String enterpriseCreditCode) {
    if (roles.stream().anyMatch(role -> role != Role.ENTERPRISE) && covers(jurisdiction)) {
      return true;
    }
    return has(Role.ENTERPRISE) && creditCode.isPresent() && creditCode.get().equals(enterpriseCreditCode);
  }

  /**
   * For reads and changes of an existing record: out of reach is "not found", never the data. Pass the same
   * message the service gives for a record that does not exist, so the answer does not confirm existence.
   */
  public void requireReach(String jurisdiction, String enterpriseCreditCode, String notFoundMessage) {
    if (!reaches(jurisdiction, enterpriseCreditCode)) {
      throw new NotFound(notFoundMessage);
    }
  }

  /** For requests that name the jurisdiction themselves (a new case, a new enterprise): out of reach is 403. */
  public void requireCovers(String jurisdiction, String enterpriseCreditCode) {
    if (!reaches(jurisdiction, enterpriseCreditCode)) {
      throw OutsideJurisdiction.of(jurisdiction, subject);
    }
  }

  /** For an enterprise: only its own credit code; other callers get empty (they are narrowed by jurisdiction). */
  public Optional<String> ownCreditCodeOnly() {
    boolean enterpriseOnly = !roles.isEmpty() && roles.stream().allMatch(role -> role == Role.ENTERPRISE);
    return enterpriseOnly ? creditCode.or(() -> Optional.of("")) : Optional.empty();
  }

  private static List<String> listClaim(Jwt jwt, String claim) {
    List<String> values = jwt.getClaimAsStringList(claim);
    return values == null ? List.of() : values;
  }
}
