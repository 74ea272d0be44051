package io.wageguard.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The issuer over real HTTP: discovery, a client-credentials token with the contract's claims, refusals, JWKS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthServerTest {

  static final String ISSUER = "http://issuer.wageguard.test:9000";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Path KEY_DIR = temporaryDirectory();
  /** A key made 40 days ago: with 30-day rotation the issuer must make a new one and keep publishing this. */
  static final String OLD_KEY_ID = oldKey();

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("wageguard.auth.issuer", () -> ISSUER);
    registry.add("wageguard.auth.key-dir", KEY_DIR::toString);
    registry.add("wageguard.auth.key-rotation", () -> "P30D");
    registry.add("WAGEGUARD_AUTH_SECRET_UNION_TAICANG", () -> "taicang-union-secret");
  }

  @Test
  void discoveryDocumentNamesTheConfiguredIssuerAndItsJwks() throws Exception {
    HttpResponse<String> response = get("/.well-known/openid-configuration");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode discovery = JSON.readTree(response.body());
    assertThat(discovery.path("issuer").asString()).isEqualTo(ISSUER);
    assertThat(discovery.path("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
    assertThat(discovery.path("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
    assertThat(discovery.path("grant_types_supported").toString()).contains("client_credentials");
  }

  @Test
  void clientCredentialsTokenCarriesExactlyTheContractsClaimsAndVerifiesWithThePublishedKeys() throws Exception {
    HttpResponse<String> response = token("union-taicang", "taicang-union-secret");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
    assertThat(body.path("expires_in").asLong()).isBetween(899L, 900L);

    Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build().decode(body.path("access_token").asString());
    assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
    assertThat(jwt.getHeaders().get("kid")).isNotEqualTo(OLD_KEY_ID);
    assertThat(jwt.getClaimAsString("iss")).isEqualTo(ISSUER);
    assertThat(jwt.getSubject()).isEqualTo("union-taicang");
    assertThat(jwt.getAudience()).containsExactly("wageguard");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("UNION");
    assertThat(jwt.getClaimAsStringList("jurisdictions")).containsExactly("320585");
    assertThat(jwt.getClaims()).doesNotContainKey("credit_code").doesNotContainKey("scope");
    assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    // Only the contract's claims and the registered JWT claims that make a token a token.
    assertThat(jwt.getClaims().keySet()).isSubsetOf(Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti",
        "roles", "jurisdictions"));
  }

  @Test
  void theEnterpriseAccountCarriesItsCreditCode() throws Exception {
    HttpResponse<String> response = token("enterprise-demo", AuthorizationServerConfig.DEV_ONLY_SECRET);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build()
        .decode(JSON.readTree(response.body()).path("access_token").asString());
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ENTERPRISE");
    assertThat(jwt.getClaimAsString("credit_code")).isEqualTo("91320585MA1WGDM01K");
    assertThat(jwt.getClaimAsStringList("jurisdictions")).containsExactly("320585");
  }

  @Test
  void aWrongSecretIsRefused() throws Exception {
    // union-taicang's secret comes from its variable, so the dev default no longer works for it.
    HttpResponse<String> response = token("union-taicang", AuthorizationServerConfig.DEV_ONLY_SECRET);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("invalid_client");
  }

  @Test
  void anUnknownAccountIsRefused() throws Exception {
    HttpResponse<String> response = token("union-shanghai", AuthorizationServerConfig.DEV_ONLY_SECRET);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("invalid_client");
  }

  @Test
  void afterRotationTheJwksPublishesTheNewKeyAndThePreviousOne() throws Exception {
    HttpResponse<String> response = get("/oauth2/jwks");

    assertThat(response.statusCode()).isEqualTo(200);
    JWKSet published = JWKSet.parse(response.body());
    assertThat(published.getKeys()).hasSize(2);
    assertThat(published.getKeyByKeyId(OLD_KEY_ID)).isNotNull();
    assertThat(published.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
  }

  private HttpResponse<String> token(String account, String secret) throws Exception {
    String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(account, StandardCharsets.UTF_8) + ":"
        + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    return HTTP.send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("wageguard-auth-keys-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oldKey() {
    Clock fortyDaysAgo = Clock.fixed(Instant.now().minus(40, ChronoUnit.DAYS), ZoneOffset.UTC);
    List<com.nimbusds.jose.jwk.RSAKey> keys =
        new SigningKeys(KEY_DIR, Duration.ofDays(30), Duration.ofMinutes(15), fortyDaysAgo).published();
    return keys.getLast().getKeyID();
  }
}
