package io.wageguard.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One Wageguard service, run from its executable jar in a child JVM. */
final class ServiceProcess {

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final WageguardService service;
    private final ChildProcess process;
    private final String baseUrl;

    private ServiceProcess(WageguardService service, ChildProcess process, String baseUrl) {
        this.service = service;
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** The {@code <name>-*-exec.jar} that {@code ./mvnw package} leaves in the service's target directory. */
    static Path executableJar(Path repoRoot, WageguardService service) {
        Path target = repoRoot.resolve("services").resolve(service.serviceName()).resolve("target");
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, service.serviceName() + "-*-exec.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            } catch (IOException e) {
                throw new DevstackException("Cannot list " + target, e);
            }
        }
        throw new DevstackException("No executable jar for " + service.serviceName() + " in " + target
                + " (expected " + service.serviceName() + "-*-exec.jar); build with `./mvnw -DskipTests package`"
                + " or leave it out with --services=...");
    }

    static ServiceProcess start(WageguardService service, Path jar, DevstackConfig config, String kafkaBootstrap,
                                String mongoUri) {
        return start(service, jar, config, kafkaBootstrap, mongoUri, Duration.ZERO, false);
    }

    /**
     * As above, the service's clock moved by {@code clockOffset} (the same for every service of a stack, so they
     * agree on "now"); {@code appendLog} keeps the log of the previous run (a restart).
     */
    static ServiceProcess start(WageguardService service, Path jar, DevstackConfig config, String kafkaBootstrap,
                                String mongoUri, Duration clockOffset, boolean appendLog) {
        int port = service.port(config.portBase());
        Map<String, String> env = new HashMap<>(Map.of(
                // the devstack is a development environment; the dev profile is also what allows a moved clock
                "SPRING_PROFILES_ACTIVE", "dev",
                "SERVER_PORT", Integer.toString(port),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap,
                "SPRING_MONGODB_URI", mongoUri,
                "WAGEGUARD_ISSUER_URI", config.issuerUri(),
                // the service's own Kafka principal (KafkaAccessControl), so the broker's ACLs apply to it
                "WAGEGUARD_KAFKA_USERNAME", service.serviceName(),
                "WAGEGUARD_KAFKA_PASSWORD", KafkaBroker.password(service.serviceName())));
        if (!clockOffset.isZero()) {
            env.put("WAGEGUARD_CLOCK_OFFSET", clockOffset.toString());
        }
        if (service == WageguardService.DEPOSIT_ACCOUNTS && config.depositSweepInterval() != null) {
            // wageguard.deposits.sweep-interval, which the environment overrides (Spring Boot's relaxed binding)
            env.put("WAGEGUARD_DEPOSITS_SWEEPINTERVAL", config.depositSweepInterval().toString());
        }
        List<String> command = List.of(ChildProcess.currentJava(), "-Xmx384m", "-jar", jar.toString());
        Path log = config.dataDir().resolve("logs").resolve(service.serviceName() + ".log");
        ChildProcess process = ChildProcess.start(service.serviceName(), command, env, config.dataDir(), log, appendLog)
                .recordPid(config.dataDir().resolve("run"), service.serviceName());
        return new ServiceProcess(service, process, "http://127.0.0.1:" + port);
    }

    /** Polls {@code /actuator/health} until it says UP; fails early if the JVM exits. */
    void awaitHealthy(Instant deadline) {
        URI health = URI.create(healthUrl());
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build();
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find()) {
                    return;
                }
                String body = response.body();
                lastAnswer = "HTTP " + response.statusCode() + " " + body.substring(0, Math.min(body.length(), 1_000));
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevstackException("Interrupted while waiting for " + service.serviceName(), e);
            }
            if (process.exitsWithin(Duration.ofSeconds(1))) {
                throw process.failure(service.serviceName() + " exited during start-up (exit " + process.exitValue() + ")");
            }
        }
        throw process.failure(service.serviceName() + " did not report UP on " + health + " in time; last answer: "
                + lastAnswer);
    }

    WageguardService service() {
        return service;
    }

    ChildProcess process() {
        return process;
    }

    String baseUrl() {
        return baseUrl;
    }

    String healthUrl() {
        return baseUrl + "/actuator/health";
    }

    String readinessUrl() {
        return baseUrl + "/actuator/health/readiness";
    }

    String metricsUrl() {
        return baseUrl + "/actuator/prometheus";
    }
}
