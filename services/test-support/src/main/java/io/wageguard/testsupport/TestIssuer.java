package io.wageguard.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenID Connect issuer for tests, on loopback: it serves a discovery document and a JWKS over real HTTP, so
 * services under test validate tokens exactly as in production (discovery, key download, key-id lookup), and it
 * mints tokens with the Wageguard claims. One per test JVM; {@link #rotateKey()} publishes a new key beside the
 * old one, as a real issuer rotates.
 */
public final class TestIssuer {

  public static final String AUDIENCE = "wageguard";

  private static TestIssuer shared;

  private final HttpServer server;
  private final String url;
  private final List<RSAKey> keys = new CopyOnWriteArrayList<>();

  private TestIssuer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    url = "http://127.0.0.1:" + server.getAddress().getPort();
    keys.add(newKey());
    server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, """
        {"issuer":"%1$s","jwks_uri":"%1$s/oauth2/jwks","token_endpoint":"%1$s/oauth2/token",
         "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
         "response_types_supported":["token"]}""".formatted(url)));
    server.createContext("/oauth2/jwks", exchange -> json(exchange,
        new JWKSet(new ArrayList<>(keys.stream().map(RSAKey::toPublicJWK).toList())).toString()));
    server.start();
  }

  /** The issuer of this test JVM, started on first use. */
  public static synchronized TestIssuer get() {
    if (shared == null) {
      shared = new TestIssuer();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0), "test-issuer-stop"));
    }
    return shared;
  }

  /** The issuer URL: what services are configured with and what {@code iss} says. */
  public String url() {
    return url;
  }

  /** Publishes a new signing key beside the old ones; tokens minted from now on use it. */
  public void rotateKey() {
    keys.add(newKey());
  }

  /** A token for an account with these roles (names of the chassis' Role enum) and jurisdictions. */
  public String token(String subject, List<String> roles, List<String> jurisdictions) {
    return token().subject(subject).roles(roles).jurisdictions(jurisdictions).mint();
  }

  public Token token() {
    return new Token();
  }

  /** A token being made; every part defaults to a valid value, tests change one to break it. */
  public final class Token {
    private String subject = "test-account";
    private String issuer = url;
    private String audience = AUDIENCE;
    private List<String> roles = List.of();
    private List<String> jurisdictions = List.of();
    private String creditCode;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));
    private RSAKey signingKey;

    public Token subject(String subject) {
      this.subject = subject;
      return this;
    }

    public Token roles(List<String> roles) {
      this.roles = List.copyOf(roles);
      return this;
    }

    public Token roles(String... roles) {
      return roles(List.of(roles));
    }

    public Token jurisdictions(List<String> jurisdictions) {
      this.jurisdictions = List.copyOf(jurisdictions);
      return this;
    }

    public Token jurisdictions(String... jurisdictions) {
      return jurisdictions(List.of(jurisdictions));
    }

    public Token creditCode(String creditCode) {
      this.creditCode = creditCode;
      return this;
    }

    public Token issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    public Token audience(String audience) {
      this.audience = audience;
      return this;
    }

    public Token expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Signed by a key the issuer never published, under the current key's id: a forged or tampered token whose
     * signature fails. (Same key id, so the service does not re-fetch the key set for it: an unknown key id would
     * spend the decoder's rate-limited refresh, and a real rotation right after would wait for the next one.)
     */
    public Token signedByUnknownKey() {
      this.signingKey = newKey(keys.get(keys.size() - 1).getKeyID());
      return this;
    }

    public String mint() {
      RSAKey key = signingKey != null ? signingKey : keys.get(keys.size() - 1);
      JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
          .issuer(issuer)
          .subject(subject)
          .audience(audience)
          .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
          .notBeforeTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
          .expirationTime(Date.from(expiresAt))
          .jwtID(UUID.randomUUID().toString())
          .claim("roles", roles)
          .claim("jurisdictions", jurisdictions);
      if (creditCode != null) {
        claims.claim("credit_code", creditCode);
      }
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
          claims.build());
      try {
        jwt.sign(new RSASSASigner(key));
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
      return jwt.serialize();
    }
  }

  private static RSAKey newKey() {
    return newKey(UUID.randomUUID().toString());
  }

  private static RSAKey newKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void json(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
