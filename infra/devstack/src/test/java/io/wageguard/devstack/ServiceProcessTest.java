package io.wageguard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting services from their exec jars, with fake jars instead of the real ones. */
class ServiceProcessTest {

    @TempDir
    Path repoRoot;

    @TempDir
    Path dataDir;

    @Test
    void startsTheJarWithItsPortBrokerAndOwnDatabaseAndWaitsForUp() throws Exception {
        Path jar = FakeServices.writeJar(repoRoot, WageguardService.ALERTING, FakeServices.Healthy.class);
        DevstackConfig config = config(freePort() - WageguardService.ALERTING.port(0));

        ServiceProcess service = ServiceProcess.start(WageguardService.ALERTING,
                ServiceProcess.executableJar(repoRoot, WageguardService.ALERTING), config, "127.0.0.1:19092",
                "mongodb://127.0.0.1:27017/wageguard-alerting");
        try {
            service.awaitHealthy(Instant.now().plusSeconds(30));

            String env = get(service.baseUrl() + "/env");
            assertThat(env).contains(
                    "SERVER_PORT=" + WageguardService.ALERTING.port(config.portBase()),
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092",
                    "SPRING_MONGODB_URI=mongodb://127.0.0.1:27017/wageguard-alerting",
                    "WAGEGUARD_ISSUER_URI=http://localhost:9000");
            assertThat(service.healthUrl()).endsWith("/actuator/health");
            assertThat(service.metricsUrl()).endsWith("/actuator/prometheus");
            assertThat(jar.getFileName().toString()).matches("alerting-.*-exec\\.jar");
        } finally {
            service.process().stop(Duration.ofSeconds(10));
        }
        assertThat(service.process().isAlive()).isFalse();
        assertThat(Files.readString(dataDir.resolve("logs/alerting.log"))).contains("fake service started");
    }

    @Test
    void aServiceThatExitsDuringStartUpFailsWithItsNameAndLogTail() throws Exception {
        FakeServices.writeJar(repoRoot, WageguardService.DEPOSIT_ACCOUNTS, FakeServices.Crashing.class);
        DevstackConfig config = config(freePort() - WageguardService.DEPOSIT_ACCOUNTS.port(0));

        ServiceProcess service = ServiceProcess.start(WageguardService.DEPOSIT_ACCOUNTS,
                ServiceProcess.executableJar(repoRoot, WageguardService.DEPOSIT_ACCOUNTS), config, "127.0.0.1:19092",
                "mongodb://127.0.0.1:27017/wageguard-deposits");

        assertThatThrownBy(() -> service.awaitHealthy(Instant.now().plusSeconds(30)))
                .isInstanceOf(DevstackException.class)
                .hasMessageContaining("deposit-accounts exited during start-up (exit 3)")
                .hasMessageContaining("fake failure: cannot reach the database")
                .hasMessageContaining(dataDir.resolve("logs/deposit-accounts.log").toString());
    }

    @Test
    void onlyDepositAccountsIsGivenTheSweepIntervalAndOnlyWhenOneIsSet() throws Exception {
        FakeServices.writeJar(repoRoot, WageguardService.DEPOSIT_ACCOUNTS, FakeServices.Healthy.class);
        FakeServices.writeJar(repoRoot, WageguardService.ALERTING, FakeServices.Healthy.class);
        DevstackConfig config = config(freePort() - WageguardService.DEPOSIT_ACCOUNTS.port(0))
                .withDepositSweepInterval(Duration.ofSeconds(5));
        DevstackConfig usual = config(freePort() - WageguardService.DEPOSIT_ACCOUNTS.port(0));

        for (WageguardService service : List.of(WageguardService.DEPOSIT_ACCOUNTS, WageguardService.ALERTING)) {
            for (DevstackConfig each : List.of(config, usual)) {
                ServiceProcess started = ServiceProcess.start(service, ServiceProcess.executableJar(repoRoot, service),
                        each, "127.0.0.1:19092", "mongodb://127.0.0.1:27017/" + service.database());
                try {
                    started.awaitHealthy(Instant.now().plusSeconds(30));
                    String env = get(started.baseUrl() + "/env");
                    if (service == WageguardService.DEPOSIT_ACCOUNTS && each == config) {
                        assertThat(env).contains("WAGEGUARD_DEPOSITS_SWEEPINTERVAL=PT5S");
                    } else {
                        assertThat(env).contains("WAGEGUARD_DEPOSITS_SWEEPINTERVAL=null");
                    }
                } finally {
                    started.process().stop(Duration.ofSeconds(10));
                }
            }
        }
    }

    @Test
    void aMissingJarIsReportedWithTheBuildCommand() {
        assertThatThrownBy(() -> ServiceProcess.executableJar(repoRoot, WageguardService.ARREARS_REPORTING))
                .isInstanceOf(DevstackException.class)
                .hasMessageContaining("arrears-reporting-*-exec.jar")
                .hasMessageContaining("./mvnw -DskipTests package");
    }

    private DevstackConfig config(int portBase) {
        return DevstackConfig.of(repoRoot, dataDir, 9092, 9093, 27017, portBase, List.of());
    }

    private static String get(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
