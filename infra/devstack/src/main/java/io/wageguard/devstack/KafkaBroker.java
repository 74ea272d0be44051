package io.wageguard.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.AuthenticationException;

import io.wageguard.chassis.kafka.KafkaAccessControl;
import io.wageguard.chassis.kafka.KafkaAccessSetup;

/**
 * A single-node KRaft broker (broker + controller) in a child JVM, with its data under {@code <data>/kafka}.
 * Clients log in with SASL/SCRAM-SHA-512 and the StandardAuthorizer checks the ACLs of
 * {@link KafkaAccessControl}. The admin's SCRAM credentials are written when the storage is formatted; at every start
 * the admin then (re)writes users, topics and ACLs ({@link KafkaAccessSetup}) before any service starts. The
 * controller listener uses PLAIN (admin only): SCRAM credentials live in the metadata log it serves.
 */
final class KafkaBroker {

    private static final String HEAP = "-Xmx512m";

    private final ChildProcess process;
    private final String bootstrap;

    private KafkaBroker(ChildProcess process, String bootstrap) {
        this.process = process;
        this.bootstrap = bootstrap;
    }

    /** Starts the broker, hands its JVM to {@code spawned} at once, and waits until it answers. */
    static KafkaBroker start(DevstackConfig config, Duration timeout, Consumer<ChildProcess> spawned) {
        return start(config, timeout, spawned, false);
    }

    /** As above; {@code appendLog} keeps the log of the previous run (a restart on the same data). */
    static KafkaBroker start(DevstackConfig config, Duration timeout, Consumer<ChildProcess> spawned,
                             boolean appendLog) {
        Path kafkaDir = config.dataDir().resolve("kafka");
        Path logDir = kafkaDir.resolve("data");
        Path logs = config.dataDir().resolve("logs");
        Path serverProperties = kafkaDir.resolve("server.properties");
        Path log4jConfig = kafkaDir.resolve("log4j2.properties");
        try {
            Files.createDirectories(logDir);
            Files.writeString(serverProperties, serverProperties(config, logDir));
            Files.writeString(log4jConfig, LOG4J_CONFIG);
        } catch (IOException e) {
            throw new DevstackException("Cannot write the broker's configuration under " + kafkaDir, e);
        }

        List<String> jvm = jvm(log4jConfig);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(jvm, serverProperties, clusterId(kafkaDir), config.dataDir(), logs.resolve("kafka-format.log"));
        }

        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("kafka.Kafka", serverProperties.toString()));
        ChildProcess broker = ChildProcess.start("kafka", command, classpath(), config.dataDir(), logs.resolve("kafka.log"),
                        appendLog)
                .recordPid(config.dataDir().resolve("run"), "kafka");
        spawned.accept(broker);
        String bootstrap = "127.0.0.1:" + config.kafkaPort();
        try {
            Map<String, Object> brokerAdmin = clientProperties(bootstrap, KafkaAccessControl.ADMIN);
            awaitAnswer(broker, bootstrap, brokerAdmin, timeout);
            try (Admin admin = Admin.create(brokerAdmin)) {
                KafkaAccessSetup.apply(admin, System::getenv, new KafkaAccessSetup.TopicSettings(6, (short) 1,
                        Duration.ofDays(30).toMillis()));
            }
        } catch (ExecutionException e) {
            broker.stop(Duration.ofSeconds(10));
            throw broker.failure("Writing the broker's users, topics and ACLs failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            broker.stop(Duration.ofSeconds(10));
            throw new DevstackException("Interrupted while setting up the Kafka broker", e);
        } catch (RuntimeException e) {
            broker.stop(Duration.ofSeconds(10));
            throw e;
        }
        return new KafkaBroker(broker, bootstrap);
    }

    String bootstrap() {
        return bootstrap;
    }

    ChildProcess process() {
        return process;
    }

    /**
     * Client properties that log in as {@code principal} (see {@link KafkaAccessControl#principals()}), with its
     * password from {@code WAGEGUARD_KAFKA_PASSWORD_<PRINCIPAL>} or the dev-only default.
     */
    static Map<String, Object> clientProperties(String bootstrap, String principal) {
        if (!KafkaAccessControl.principals().contains(principal)) {
            throw new IllegalArgumentException(principal + " is not a Kafka principal; known: "
                    + KafkaAccessControl.principals());
        }
        return KafkaAccessControl.clientProperties(bootstrap, principal, password(principal));
    }

    static String password(String principal) {
        return KafkaAccessControl.password(principal, System::getenv);
    }

    static String serverProperties(DevstackConfig config, Path logDir) {
        return """
                # Written by the devstack at every start; edit DevstackConfig / KafkaBroker instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=127.0.0.1:%2$d
                listeners=CLIENT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=CLIENT://127.0.0.1:%1$d
                listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=CLIENT
                # Clients: SCRAM-SHA-512, one principal per service (KafkaAccessControl). The controller listener
                # cannot use SCRAM in KRaft (the credentials live in the metadata log it serves): PLAIN, admin only.
                sasl.enabled.mechanisms=SCRAM-SHA-512
                sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
                listener.name.client.scram-sha-512.sasl.jaas.config=%4$s
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=%5$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                super.users=User:admin
                allow.everyone.if.no.acl.found=false
                log.dirs=%3$s
                # Topics are declared by the services; a typo must fail, not create a topic.
                auto.create.topics.enable=false
                num.partitions=6
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(config.kafkaPort(), config.kafkaControllerPort(), logDir,
                KafkaAccessControl.scramJaasConfig(KafkaAccessControl.ADMIN, password(KafkaAccessControl.ADMIN)),
                plainJaasConfig(password(KafkaAccessControl.ADMIN)));
    }

    /** PLAIN on the controller listener: the admin logs in (client side) and is the only user (server side). */
    private static String plainJaasConfig(String adminPassword) {
        String quoted = adminPassword.replace("\\", "\\\\").replace("\"", "\\\"");
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\""
                + quoted + "\" user_admin=\"" + quoted + "\";";
    }

    private static List<String> jvm(Path log4jConfig) {
        return List.of(ChildProcess.currentJava(), HEAP, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4jConfig);
    }

    /**
     * Handed over in CLASSPATH rather than -cp: a command line of a few KB is cut short in /proc and
     * ProcessHandle.Info, which the leftover check reads, and ps stays readable.
     */
    private static Map<String, String> classpath() {
        return Map.of("CLASSPATH", launcherClasspath());
    }

    /**
     * The devstack's own runtime classpath (kafka_2.13, kafka-tools, log4j), made absolute because the
     * broker runs in the data directory.
     */
    private static String launcherClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The cluster id is kept so that an interrupted format can be retried with the same id. */
    private static String clusterId(Path kafkaDir) {
        Path file = kafkaDir.resolve("cluster.id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            String id = Uuid.randomUuid().toString(); // what `StorageTool random-uuid` prints, without a JVM start
            Files.writeString(file, id + "\n");
            return id;
        } catch (IOException e) {
            throw new DevstackException("Cannot read or write " + file, e);
        }
    }

    private static void format(List<String> jvm, Path serverProperties, String clusterId, Path workDir, Path log) {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", serverProperties.toString(),
                "--standalone", "--add-scram", "SCRAM-SHA-512=[name=" + KafkaAccessControl.ADMIN + ",password="
                        + password(KafkaAccessControl.ADMIN) + "]"));
        ChildProcess format = ChildProcess.start("kafka storage format", command, classpath(), workDir, log);
        if (!format.awaitExit(Duration.ofSeconds(60))) {
            format.stop(Duration.ofSeconds(5));
            throw format.failure("Formatting the Kafka storage did not finish within 60 s");
        }
        if (format.exitValue() != 0) {
            throw format.failure("Formatting the Kafka storage failed (exit " + format.exitValue() + ")");
        }
    }

    /**
     * Waits until the broker answers describeCluster as {@code client}, or fails early if its JVM exits. A failed
     * login is retried once (the admin's credentials reach the broker a moment after it listens).
     */
    private static void awaitAnswer(ChildProcess broker, String where, Map<String, Object> client, Duration timeout) {
        Map<String, Object> properties = new java.util.HashMap<>(client);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        for (int attempt = 1; ; attempt++) {
            try (Admin admin = Admin.create(properties)) {
                CompletableFuture<?> answered = admin
                        .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                        .nodes().toCompletionStage().toCompletableFuture();
                CompletableFuture.anyOf(answered, broker.onExit()).get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
                if (!broker.isAlive()) {
                    throw broker.failure("The Kafka broker exited during start-up (exit " + broker.exitValue() + ")");
                }
                answered.get();
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AuthenticationException && attempt == 1) {
                    continue;
                }
                String hint = e.getCause() instanceof AuthenticationException
                        ? " (a data directory made before Kafka security has no admin credentials: delete its kafka/"
                        + " directory, or set WAGEGUARD_KAFKA_PASSWORD_ADMIN to the password it was made with)" : "";
                throw broker.failure("The Kafka broker did not answer on " + where + " within "
                        + timeout.toSeconds() + " s: " + e.getCause() + hint);
            } catch (TimeoutException e) {
                throw broker.failure("The Kafka broker did not answer on " + where + " within "
                        + timeout.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevstackException("Interrupted while waiting for the Kafka broker", e);
            }
        }
    }

    // The broker writes to stdout, which goes to <data>/logs/kafka.log (JVM crashes land there too).
    private static final String LOG4J_CONFIG = """
            status = warn
            appender.out.type = Console
            appender.out.name = OUT
            appender.out.layout.type = PatternLayout
            appender.out.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.out.ref = OUT
            logger.request.name = kafka.request.logger
            logger.request.level = WARN
            logger.state.name = state.change.logger
            logger.state.level = WARN
            """;
}
