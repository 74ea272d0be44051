package io.wageguard.chassis.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
