package io.wageguard.chassis.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KafkaSecurityEnvironmentTest {

  @Test
  void withCredentialsEveryClientUsesScramAndTopicsAreNotDeclared() {
    StandardEnvironment environment = environment(Map.of(
        "wageguard.kafka.username", "alerting", "wageguard.kafka.password", "pw"));
    new KafkaSecurityEnvironment().postProcessEnvironment(environment, new SpringApplication());
    assertThat(environment.getProperty("spring.kafka.security.protocol")).isEqualTo("SASL_PLAINTEXT");
    assertThat(environment.getProperty("spring.kafka.properties.sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
    assertThat(environment.getProperty("spring.kafka.properties.sasl.jaas.config"))
        .contains("ScramLoginModule", "username=\"alerting\"", "password=\"pw\"");
    assertThat(environment.getProperty("wageguard.kafka.declare-topics")).isEqualTo("false");
  }

  @Test
  void withoutCredentialsNothingChanges() {
    StandardEnvironment environment = environment(Map.of());
    new KafkaSecurityEnvironment().postProcessEnvironment(environment, new SpringApplication());
    assertThat(environment.getPropertySources().contains(KafkaSecurityEnvironment.SOURCE_NAME)).isFalse();
    assertThat(environment.getProperty("spring.kafka.security.protocol")).isNull();
  }

  @Test
  void aUsernameWithoutPasswordIsRefused() {
    StandardEnvironment environment = environment(Map.of("wageguard.kafka.username", "alerting"));
    assertThatThrownBy(() -> new KafkaSecurityEnvironment().postProcessEnvironment(environment,
        new SpringApplication())).hasMessageContaining("WAGEGUARD_KAFKA_PASSWORD");
  }

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }
}
