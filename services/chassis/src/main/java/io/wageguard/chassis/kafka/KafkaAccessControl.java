package io.wageguard.chassis.kafka;

import io.wageguard.chassis.events.Topic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on Kafka, rendered from the {@link Topic} registry: one SCRAM principal per service, the
 * {@link Topic#EXTERNAL_WRITER labour-bureau gateway} for outside systems, and {@link #ADMIN} (super user).
 * A principal may WRITE the topics it writes, READ the topics it consumes (in its own consumer groups) and
 * WRITE their dead-letter topics. Nothing else: no CREATE, ALTER or DELETE; the admin creates every topic
 * before the services start ({@link KafkaAccessSetup}). Pure: no I/O.
 */
public final class KafkaAccessControl {

  /** The super user: creates topics, users and ACLs. */
  public static final String ADMIN = "admin";
  public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
  public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
  /** Per-principal password variable, e.g. {@code WAGEGUARD_KAFKA_PASSWORD_LABOUR_BUREAU_GATEWAY}. */
  public static final String PASSWORD_ENV_PREFIX = "WAGEGUARD_KAFKA_PASSWORD_";

  /**
   * Consumer groups beyond the service's own ({@code spring.kafka.consumer.group-id=${spring.application.name}}).
   * alerting's AlertFeedListener reads {@code alerts} as {@code ${spring.kafka.consumer.group-id}-delivery}.
   */
  private static final Map<String, List<String>> EXTRA_GROUPS = Map.of("alerting", List.of("alerting-delivery"));

  private KafkaAccessControl() {}

  /** The four services, in registry order. */
  public static List<String> servicePrincipals() {
    Set<String> services = new LinkedHashSet<>();
    for (Topic topic : Topic.values()) {
      if (!topic.writer().equals(Topic.EXTERNAL_WRITER)) {
        services.add(topic.writer());
      }
      services.addAll(topic.readers());
    }
    return List.copyOf(services);
  }

  /** Every SCRAM user the broker needs: the services, the labour-bureau gateway and the admin. */
  public static List<String> principals() {
    List<String> principals = new ArrayList<>(servicePrincipals());
    principals.add(Topic.EXTERNAL_WRITER);
    principals.add(ADMIN);
    return List.copyOf(principals);
  }

  /** Every topic and its dead-letter twin: what the admin creates. */
  public static List<String> topicNames() {
    return Stream.of(Topic.values())
        .flatMap(topic -> Stream.of(topic.topicName(), topic.deadLetterTopicName()))
        .toList();
  }

  /** The consumer groups a principal may join (none if it consumes nothing). */
  public static List<String> consumerGroups(String principal) {
    boolean consumes = Stream.of(Topic.values()).anyMatch(topic -> topic.readers().contains(principal));
    if (!consumes) {
      return List.of();
    }
    List<String> groups = new ArrayList<>(List.of(principal));
    groups.addAll(EXTRA_GROUPS.getOrDefault(principal, List.of()));
    return List.copyOf(groups);
  }

  /** The ACLs of one principal; the admin has none (it is the super user). */
  public static List<AclBinding> aclBindings(String principal) {
    Set<AclBinding> bindings = new LinkedHashSet<>();
    for (Topic topic : Topic.values()) {
      if (topic.writer().equals(principal)) {
        bindings.add(allow(principal, ResourceType.TOPIC, topic.topicName(), AclOperation.WRITE));
      }
      if (topic.readers().contains(principal)) {
        bindings.add(allow(principal, ResourceType.TOPIC, topic.topicName(), AclOperation.READ));
        // the DeadLetterPublishingRecoverer of the reader writes what it cannot handle to <topic>-dlt
        bindings.add(allow(principal, ResourceType.TOPIC, topic.deadLetterTopicName(), AclOperation.WRITE));
      }
    }
    for (String group : consumerGroups(principal)) {
      bindings.add(allow(principal, ResourceType.GROUP, group, AclOperation.READ));
    }
    return List.copyOf(bindings);
  }

  /** The ACLs of every principal. */
  public static List<AclBinding> aclBindings() {
    return principals().stream().flatMap(principal -> aclBindings(principal).stream()).toList();
  }

  /** The principal as the broker's authorizer names it. */
  public static String kafkaPrincipal(String principal) {
    return "User:" + principal;
  }

  /** Name of the environment variable that holds a principal's password. */
  public static String passwordVariable(String principal) {
    return PASSWORD_ENV_PREFIX + principal.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /**
   * A principal's password from the environment; without it, a DEV-ONLY default that is public in this
   * repository — set every {@code WAGEGUARD_KAFKA_PASSWORD_*} anywhere but a developer's machine.
   */
  public static String password(String principal, Function<String, String> environment) {
    String value = environment.apply(passwordVariable(principal));
    return value == null || value.isBlank() ? "dev-only-kafka-" + principal : value;
  }

  /** The SCRAM login of one principal, as {@code sasl.jaas.config}. */
  public static String scramJaasConfig(String username, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + jaasQuoted(username) + "\" password=\"" + jaasQuoted(password) + "\";";
  }

  /** Client properties (producer, consumer or admin) that log in as this principal. */
  public static Map<String, Object> clientProperties(String bootstrapServers, String username, String password) {
    return Map.of(
        "bootstrap.servers", bootstrapServers,
        "security.protocol", SECURITY_PROTOCOL,
        "sasl.mechanism", SCRAM_MECHANISM,
        "sasl.jaas.config", scramJaasConfig(username, password));
  }

  static String jaasQuoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static AclBinding allow(String principal, ResourceType type, String name, AclOperation operation) {
    return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
        new AccessControlEntry(kafkaPrincipal(principal), "*", operation, AclPermissionType.ALLOW));
  }
}
