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

/** A single-node KRaft broker (broker + controller) in a child JVM, with its data under {@code <data>/kafka}. */
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
            awaitAnswer(broker, bootstrap, timeout);
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

    static String serverProperties(DevstackConfig config, Path logDir) {
        return """
                # Written by the devstack at every start; edit DevstackConfig / KafkaBroker instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
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
                """.formatted(config.kafkaPort(), config.kafkaControllerPort(), logDir);
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
                "--standalone"));
        ChildProcess format = ChildProcess.start("kafka storage format", command, classpath(), workDir, log);
        if (!format.awaitExit(Duration.ofSeconds(60))) {
            format.stop(Duration.ofSeconds(5));
            throw format.failure("Formatting the Kafka storage did not finish within 60 s");
        }
        if (format.exitValue() != 0) {
            throw format.failure("Formatting the Kafka storage failed (exit " + format.exitValue() + ")");
        }
    }

    /** Waits until the broker answers describeCluster, or fails early if its JVM exits. */
    private static void awaitAnswer(ChildProcess broker, String bootstrap, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500))) {
            CompletableFuture<?> answered = admin
                    .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().toCompletionStage().toCompletableFuture();
            CompletableFuture.anyOf(answered, broker.onExit()).get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            if (!broker.isAlive()) {
                throw broker.failure("The Kafka broker exited during start-up (exit " + broker.exitValue() + ")");
            }
            answered.get();
        } catch (TimeoutException | ExecutionException e) {
            throw broker.failure("The Kafka broker did not answer on " + bootstrap + " within "
                    + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while waiting for the Kafka broker", e);
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
