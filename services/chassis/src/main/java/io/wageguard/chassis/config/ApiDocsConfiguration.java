package io.wageguard.chassis.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Each service describes its REST API at {@code /v3/api-docs} (OpenAPI 3, open without a token): every operation
 * needs a bearer JWT from the issuer; errors are RFC 9457 problems.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class ApiDocsConfiguration {

  @Bean
  @ConditionalOnMissingBean
  OpenAPI wageguardOpenApi(@Value("${spring.application.name:wageguard}") String application,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) {
    return new OpenAPI()
        .info(new Info().title("Wageguard " + application).license(new License().name("Apache-2.0"))
            .description("Every call needs a bearer token (client credentials at " + issuer + "/oauth2/token). "
                + "Who may call what is the service's access matrix; errors are RFC 9457 problem details."))
        .components(new Components().addSecuritySchemes("bearer",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
