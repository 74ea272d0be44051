package io.wageguard.authserver;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Authorization Server for machine accounts: client_credentials only, one registered client per
 * account, access tokens carrying the claims of the security contract (issue 7).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

  static final String AUDIENCE = "wageguard";
  static final String DEV_ONLY_SECRET = "dev-only-secret";

  private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfig.class);

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
    http.oauth2AuthorizationServer(server -> {
          http.securityMatcher(server.getEndpointsMatcher());
          server.oidc(Customizer.withDefaults());
        })
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
    return http.build();
  }

  /** Nothing else is served. */
  @Bean
  @Order(2)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll());
    return http.build();
  }

  @Bean
  Accounts accounts(AuthServerProperties properties) {
    return Accounts.load(properties.accounts());
  }

  @Bean
  RegisteredClientRepository registeredClients(Accounts accounts, AuthServerProperties properties,
      Environment environment) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
    List<String> onDevDefault = accounts.all().stream()
        .filter(account -> environment.getProperty(account.secretVariable()) == null)
        .map(Account::name).toList();
    if (!onDevDefault.isEmpty()) {
      log.warn("DEV ONLY: {} of {} accounts use the default secret '{}' (set WAGEGUARD_AUTH_SECRET_<ACCOUNT> for"
          + " each): {}", onDevDefault.size(), accounts.all().size(), DEV_ONLY_SECRET, onDevDefault);
    }
    List<RegisteredClient> clients = accounts.all().stream()
        .map(account -> RegisteredClient.withId(UUID.nameUUIDFromBytes(account.name().getBytes()).toString())
            .clientId(account.name())
            .clientSecret(encoder.encode(environment.getProperty(account.secretVariable(), DEV_ONLY_SECRET)))
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .tokenSettings(tokens)
            .build())
        .toList();
    return new InMemoryRegisteredClientRepository(clients);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(AuthServerProperties properties) {
    return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
  }

  @Bean
  SigningKeys signingKeys(AuthServerProperties properties) {
    return new SigningKeys(properties.keyDir(), properties.keyRotation(), properties.accessTokenTtl(),
        Clock.systemUTC());
  }

  /** What the JWKS endpoint publishes: every key whose tokens may still be valid. */
  @Bean
  JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
    return (selector, context) -> selector.select(new JWKSet(List.copyOf(keys.published())));
  }

  /** Signs with the current key only (the published set may hold more than one RS256 key). */
  @Bean
  JwtEncoder jwtEncoder(SigningKeys keys) {
    return new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.current())));
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> contractClaims(Accounts accounts) {
    return context -> {
      if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
        return;
      }
      Account account = accounts.find(context.getRegisteredClient().getClientId()).orElseThrow();
      context.getClaims()
          .audience(List.of(AUDIENCE))
          .claim("roles", account.roles())
          .claim("jurisdictions", account.jurisdictions());
      account.creditCode().ifPresent(code -> context.getClaims().claim("credit_code", code));
    };
  }
}
