package io.wageguard.chassis.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every service is an OAuth2 resource server: a request needs a JWT from the configured OpenID Connect issuer
 * (discovery and JWKS, keys re-fetched when an unknown key id appears), with audience {@code wageguard}. The
 * service's {@link AccessMatrix} decides which roles reach which endpoint; anything it does not list is denied.
 * Only health, info and the OpenAPI description are open. No sessions, no cookies, so no CSRF tokens.
 */
@Import(AuditTrailController.class)
@AutoConfiguration(beforeName = {
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"})
public class SecurityChassisConfiguration {

  /** Open to anyone: orchestrators probe health without credentials; integrators read the API description. */
  static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/**", "/actuator/info", "/error",
      "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml");

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain wageguardSecurityFilterChain(HttpSecurity http, AccessMatrix matrix,
      AuditTrailRecorder auditTrail) throws Exception {
    ProblemResponses problems = new ProblemResponses(auditTrail);
    http
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(requests -> {
          requests.requestMatchers(OPEN.toArray(String[]::new)).permitAll();
          requests.requestMatchers("/actuator/**").hasAnyRole(Role.MONITORING.name(), Role.ADMIN.name());
          for (AccessRule rule : matrix.rules()) {
            String[] roles = rule.roles().stream().map(Role::name).toArray(String[]::new);
            if (roles.length == 0) {
              requests.requestMatchers(rule.method(), rule.path()).denyAll();
            } else {
              requests.requestMatchers(rule.method(), rule.path()).hasAnyRole(roles);
            }
          }
          requests.requestMatchers(HttpMethod.OPTIONS, "/**").denyAll();
          requests.anyRequest().denyAll();
        })
        .oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems));
    return http.build();
  }

  @Bean
  AccessMatrixCompleteness accessMatrixCompleteness(AccessMatrix matrix,
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    return new AccessMatrixCompleteness(matrix, mappings);
  }

  /** Inside the security filter chain (which runs at order -100), so the caller is known when it records. */
  @Bean
  AuditTrailRecorder auditTrailRecorder(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
    return new AuditTrailRecorder(mongo, clock, meters);
  }

  @Bean
  FilterRegistrationBean<AuditTrailRecorder> auditTrailRecorderRegistration(AuditTrailRecorder recorder) {
    FilterRegistrationBean<AuditTrailRecorder> registration = new FilterRegistrationBean<>(recorder);
    registration.setOrder(0);
    return registration;
  }

  /** Authorities {@code ROLE_<role>} from the token's {@code roles} claim; the principal is {@code sub}. */
  static JwtAuthenticationConverter rolesFromToken() {
    JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName(Caller.ROLES_CLAIM);
    authorities.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return converter;
  }

  /** Controllers declare a {@link Caller} parameter to get the current caller. */
  @Bean
  WebMvcConfigurer callerArgument() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
      }
    };
  }
}
