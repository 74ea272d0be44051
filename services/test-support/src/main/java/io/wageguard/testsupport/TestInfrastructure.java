package io.wageguard.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one switch for integration tests: a real Kafka broker and a MongoDB-wire server, shared by every
 * test of one JVM. With Docker: Testcontainers' {@code apache/kafka} (KRaft) and {@code mongo}. Without:
 * an embedded KRaft broker and mongo-java-server. Force one with {@code -Dwageguard.test.infra=docker}
 * or {@code embedded} (or the env var {@code WAGEGUARD_TEST_INFRA}); the default {@code auto} asks
 * Docker.
 */
public final class TestInfrastructure {

  private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
  public static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
  public static final String MONGO_IMAGE = "mongo:8.0";

  /** Where the shared broker and database listen. */
  public record Endpoints(String mode, String kafkaBootstrapServers, String mongoBaseUri) {
    public String mongoUri(String database) {
      return mongoBaseUri + "/" + database;
    }
  }

  private static Endpoints endpoints;

  private TestInfrastructure() {}

  public static synchronized Endpoints endpoints() {
    if (endpoints == null) {
      endpoints = useDocker() ? startContainers() : startEmbedded();
      log.info("test infrastructure: {}", endpoints);
    }
    return endpoints;
  }

  private static boolean useDocker() {
    String mode = System.getProperty("wageguard.test.infra",
        System.getenv().getOrDefault("WAGEGUARD_TEST_INFRA", "auto")).toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "docker" -> true;
      case "embedded" -> false;
      case "auto" -> DockerClientFactory.instance().isDockerAvailable();
      default -> throw new IllegalArgumentException("wageguard.test.infra must be auto, docker or embedded");
    };
  }

  @SuppressWarnings("resource") // they live as long as the JVM; Testcontainers' reaper removes them
  private static Endpoints startContainers() {
    KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
        .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
    kafka.start();
    mongo.start();
    String mongoUri = mongo.getConnectionString();
    return new Endpoints("docker", kafka.getBootstrapServers(), mongoUri);
  }

  private static Endpoints startEmbedded() {
    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);
    kafka.brokerProperties(Map.of(
            "auto.create.topics.enable", "false",
            "group.initial.rebalance.delay.ms", "0",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1"));
    kafka.afterPropertiesSet();
    MongoServer mongo = new MongoServer(new MemoryBackend());
    mongo.bind("127.0.0.1", 0);
    InetSocketAddress address = mongo.getLocalAddress();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      mongo.shutdownNow();
      kafka.destroy();
    }, "test-infrastructure-shutdown"));
    return new Endpoints("embedded", kafka.getBrokersAsString(),
        "mongodb://" + address.getHostString() + ":" + address.getPort());
  }
}
