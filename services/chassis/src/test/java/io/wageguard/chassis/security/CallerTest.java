package io.wageguard.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static final String SUZHOU = "320500";

  static Caller caller(List<String> roles, List<String> jurisdictions, String creditCode) {
    Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
        .claim("roles", roles).claim("jurisdictions", jurisdictions);
    if (creditCode != null) {
      jwt.claim("credit_code", creditCode);
    }
    return Caller.fromToken(jwt.build());
  }

  @Test
  void aCityCoversItsDistrictsButADistrictNotItsNeighbour() {
    Caller city = caller(List.of("UNION"), List.of(SUZHOU), null);
    assertThat(city.covers(TAICANG)).isTrue();
    assertThat(city.covers(HIGH_TECH_ZONE)).isTrue();
    assertThat(city.covers("320100")).isFalse();
    Caller district = caller(List.of("UNION"), List.of(TAICANG), null);
    assertThat(district.covers(TAICANG)).isTrue();
    assertThat(district.covers(HIGH_TECH_ZONE)).isFalse();
    assertThat(district.covers(SUZHOU)).isFalse();
  }

  @Test
  void anEnterpriseReachesOnlyItsOwnCreditCodeWhateverItsJurisdiction() {
    Caller enterprise = caller(List.of("ENTERPRISE"), List.of(TAICANG), "91320585MA1XXXXXXA");
    assertThat(enterprise.reaches(TAICANG, "91320585MA1XXXXXXA")).isTrue();
    assertThat(enterprise.reaches(TAICANG, "91320585MA1YYYYYYB")).isFalse();
    assertThat(enterprise.ownCreditCodeOnly()).hasValue("91320585MA1XXXXXXA");
  }

  @Test
  void anEnterpriseTokenWithoutACreditCodeReachesNothing() {
    Caller enterprise = caller(List.of("ENTERPRISE"), List.of(TAICANG), null);
    assertThat(enterprise.reaches(TAICANG, "91320585MA1XXXXXXA")).isFalse();
    assertThat(enterprise.ownCreditCodeOnly()).hasValue("");
  }

  @Test
  void unknownRolesGrantNothing() {
    Caller caller = caller(List.of("SUPERUSER", "AUDITOR"), List.of(TAICANG), null);
    assertThat(caller.roles()).containsExactly(Role.AUDITOR);
  }

  @Test
  void outOfReachIsNotFoundForRecordsAndForbiddenForNamedJurisdictions() {
    Caller union = caller(List.of("UNION"), List.of(HIGH_TECH_ZONE), null);
    assertThat(union.covers("320505001")).as("a township of the zone").isTrue();
    assertThat(union.covers("320585001")).isFalse();
    assertThatThrownBy(() -> union.requireReach(TAICANG, "x", "alert not found"))
        .isInstanceOf(NotFound.class).hasMessage("alert not found");
    assertThatThrownBy(() -> union.requireCovers(TAICANG, "x"))
        .isInstanceOf(OutsideJurisdiction.class).hasMessageContaining(TAICANG);
    assertThat(union.ownCreditCodeOnly()).isEmpty();
  }

  @Test
  void aMatrixNamesEachEndpointOnceAndRendersAsATable() {
    AccessMatrix matrix = AccessMatrix.of(AuditTrail.READ);
    assertThat(matrix.toTable()).contains("GET /api/audit-trail").contains("AUDITOR");
    assertThatThrownBy(() -> AccessMatrix.of(AuditTrail.READ, AuditTrail.READ))
        .hasMessageContaining("listed twice");
  }

  @Test
  void claimsMayBeMissing() {
    Caller nobody = Caller.fromToken(Jwt.withTokenValue("t").header("alg", "RS256").subject("x")
        .claims(claims -> claims.putAll(Map.of("scope", "read"))).build());
    assertThat(nobody.roles()).isEmpty();
    assertThat(nobody.jurisdictions()).isEmpty();
    assertThat(nobody.covers(TAICANG)).isFalse();
  }
}
