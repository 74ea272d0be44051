package io.wageguard.testsupport;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the shared test infrastructure. Each context gets its own database
 * and its own consumer group, so contexts in one JVM never steal each other's records or see each
 * other's documents. Tokens are validated against the JVM's {@link TestIssuer}.
 */
public class TestInfrastructureInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestInfrastructure.Endpoints endpoints = TestInfrastructure.endpoints();
    String application = context.getEnvironment().getProperty("spring.application.name", "service");
    String unique = UUID.randomUUID().toString().substring(0, 8);
    TestPropertyValues.of(
        "spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
        "spring.mongodb.uri=" + endpoints.mongoUri(application + "-test-" + unique),
        "spring.kafka.consumer.group-id=" + application + "-test-" + unique,
        // Tokens from the test JVM's own issuer (discovery + JWKS over loopback HTTP).
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.get().url(),
        // Outbox relay polls fast in tests; events still leave at once after each save.
        "wageguard.outbox.poll-interval=PT0.1S"
    ).applyTo(context);
  }
}
