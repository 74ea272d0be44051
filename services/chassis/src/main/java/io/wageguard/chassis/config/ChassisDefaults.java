package io.wageguard.chassis.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the chassis defaults (Kafka serdes, acks=all, idempotence, observations, problem details,
 * actuator exposure) as the lowest-priority property source, so a service's own configuration, the
 * environment and the command line all override them.
 */
public class ChassisDefaults implements EnvironmentPostProcessor {

  static final String RESOURCE = "wageguard-chassis-defaults.properties";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    try {
      environment.getPropertySources().addLast(
          new ResourcePropertySource("wageguardChassisDefaults", new ClassPathResource(RESOURCE)));
      // Only when given: Boot switches to a JWK-set decoder as soon as the property exists, even empty.
      String jwkSetUri = environment.getProperty("WAGEGUARD_JWK_SET_URI");
      if (jwkSetUri != null && !jwkSetUri.isBlank()) {
        environment.getPropertySources().addLast(new MapPropertySource("wageguardJwkSetUri",
            Map.of("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
