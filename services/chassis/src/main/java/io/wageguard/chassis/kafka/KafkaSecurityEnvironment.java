package io.wageguard.chassis.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code WAGEGUARD_KAFKA_USERNAME} / {@code WAGEGUARD_KAFKA_PASSWORD} set, every Kafka client of the service
 * (producers, consumers, admin) logs in over SASL_PLAINTEXT with SCRAM-SHA-512 as that principal, and the
 * service stops declaring topics: its principal may not create them, the admin has created them all
 * ({@link KafkaAccessSetup}). Without them: PLAINTEXT, as on the unsecured test broker.
 */
public class KafkaSecurityEnvironment implements EnvironmentPostProcessor, Ordered {

  static final String SOURCE_NAME = "wageguardKafkaSecurity";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String username = environment.getProperty("wageguard.kafka.username");
    if (username == null || username.isBlank()) {
      return;
    }
    String password = environment.getProperty("wageguard.kafka.password");
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("WAGEGUARD_KAFKA_USERNAME is set (" + username
          + ") but WAGEGUARD_KAFKA_PASSWORD is not");
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.kafka.security.protocol", KafkaAccessControl.SECURITY_PROTOCOL);
    properties.put("spring.kafka.properties.sasl.mechanism", KafkaAccessControl.SCRAM_MECHANISM);
    properties.put("spring.kafka.properties.sasl.jaas.config", KafkaAccessControl.scramJaasConfig(username, password));
    properties.put("wageguard.kafka.declare-topics", "false");
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
  }

  /** After the config data (application.yml) is loaded, so that it may set the credentials too. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
