package io.wageguard.chassis.kafka;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * Applies {@link KafkaAccessControl} to a broker as its super user: SCRAM credentials of every principal,
 * every topic of the registry (services do not create topics when ACLs are on), and exactly the rendered
 * ACLs of our principals (stale ones are removed). Idempotent; the devstack runs it at every broker start,
 * docker-compose's {@code kafka-init} runs {@link #main} once.
 *
 * <p>The admin logs in over SCRAM too: its own credentials are written when the broker's storage is formatted
 * ({@code kafka-storage format --add-scram}), because SCRAM credentials live in the KRaft metadata log and the
 * Admin API cannot write them through the controller listener.
 */
public final class KafkaAccessSetup {

  /** How the topics are created. */
  public record TopicSettings(int partitions, short replicas, long retentionMs) {}

  private static final int SCRAM_ITERATIONS = 8192;

  private KafkaAccessSetup() {}

  /** Writes the SCRAM credentials of every principal (passwords from {@code environment}). */
  public static int upsertCredentials(Admin admin, Function<String, String> environment)
      throws ExecutionException, InterruptedException {
    List<UserScramCredentialAlteration> users = new ArrayList<>();
    for (String principal : KafkaAccessControl.principals()) {
      users.add(new UserScramCredentialUpsertion(principal,
          new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
          KafkaAccessControl.password(principal, environment)));
    }
    admin.alterUserScramCredentials(users).all().get();
    return users.size();
  }

  /** Writes users, topics and ACLs; returns a one-line summary. Needs a broker (topics are placed on one). */
  public static String apply(Admin admin, Function<String, String> environment, TopicSettings topics)
      throws ExecutionException, InterruptedException {
    int users = upsertCredentials(admin, environment);

    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> missing = KafkaAccessControl.topicNames().stream()
        .filter(name -> !existing.contains(name))
        .map(name -> new NewTopic(name, topics.partitions(), topics.replicas())
            .configs(Map.of("retention.ms", Long.toString(topics.retentionMs()))))
        .toList();
    if (!missing.isEmpty()) {
      admin.createTopics(missing).all().get();
    }

    Set<String> ours = new HashSet<>();
    KafkaAccessControl.principals().forEach(p -> ours.add(KafkaAccessControl.kafkaPrincipal(p)));
    Set<AclBinding> wanted = new HashSet<>(KafkaAccessControl.aclBindings());
    List<AclBindingFilter> stale = admin.describeAcls(AclBindingFilter.ANY).values().get().stream()
        .filter(binding -> ours.contains(binding.entry().principal()) && !wanted.contains(binding))
        .map(AclBinding::toFilter)
        .toList();
    if (!stale.isEmpty()) {
      admin.deleteAcls(stale).all().get();
    }
    admin.createAcls(wanted).all().get();
    return "%d SCRAM users, %d topics created (%d in the registry), %d ACLs, %d stale ACLs removed"
        .formatted(users, missing.size(), KafkaAccessControl.topicNames().size(), wanted.size(), stale.size());
  }

  /**
   * docker-compose's one-shot {@code kafka-init}: users, topics and ACLs as the admin at
   * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}. There the admin logs in with PLAIN on a listener of its own
   * ({@code WAGEGUARD_KAFKA_SASL_MECHANISM=PLAIN}; its password is in the broker's configuration), because the
   * broker's storage holds no SCRAM user before this runs. Passwords from {@code WAGEGUARD_KAFKA_PASSWORD_*};
   * {@code WAGEGUARD_KAFKA_PARTITIONS} / {@code _REPLICAS} / {@code _RETENTION_MS} as the services use them.
   */
  public static void main(String[] args) throws Exception {
    Function<String, String> env = System::getenv;
    String servers = envOr("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    TopicSettings settings = new TopicSettings(
        Integer.parseInt(envOr("WAGEGUARD_KAFKA_PARTITIONS", "6")),
        Short.parseShort(envOr("WAGEGUARD_KAFKA_REPLICAS", "1")),
        Long.parseLong(envOr("WAGEGUARD_KAFKA_RETENTION_MS", "2592000000")));
    String adminPassword = KafkaAccessControl.password(KafkaAccessControl.ADMIN, env);
    Map<String, Object> login = new java.util.HashMap<>(
        KafkaAccessControl.clientProperties(servers, KafkaAccessControl.ADMIN, adminPassword));
    if ("PLAIN".equals(envOr("WAGEGUARD_KAFKA_SASL_MECHANISM", KafkaAccessControl.SCRAM_MECHANISM))) {
      login.put("sasl.mechanism", "PLAIN");
      login.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
          + KafkaAccessControl.ADMIN + "\" password=\"" + KafkaAccessControl.jaasQuoted(adminPassword) + "\";");
    }
    try (Admin admin = Admin.create(login)) {
      System.out.println("kafka-init: " + apply(admin, env, settings));
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
