package io.wageguard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DevstackConfigTest {

    private static final Path REPO = DevstackConfig.findRepoRoot(Path.of(""));

    @Test
    void defaultsPutDataUnderTheRepositoryAndStartAllServices() {
        DevstackConfig config = DevstackConfig.parse(new String[0], Map.of(), REPO);

        assertThat(config.dataDir()).isEqualTo(REPO.resolve(".devstack"));
        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.mongoPort()).isEqualTo(27017);
        assertThat(config.authPort()).isEqualTo(9000);
        assertThat(config.issuerUri()).isEqualTo("http://localhost:9000");
        assertThat(config.services()).containsExactly(WageguardService.values());
        assertThat(config.services()).extracting(s -> s.port(config.portBase()))
                .containsExactly(8081, 8082, 8083, 8084);
    }

    @Test
    void optionsWinOverEnvironmentWhichWinsOverDefaults() {
        DevstackConfig config = DevstackConfig.parse(
                new String[] {"--kafka-port=19092", "--services", "alerting,enterprise-registry", "--auth-port=19000"},
                Map.of("WAGEGUARD_KAFKA_PORT", "29092", "WAGEGUARD_MONGO_PORT", "27018",
                        "WAGEGUARD_DATA_DIR", "/tmp/wg", "WAGEGUARD_AUTH_PORT", "29000"),
                REPO);

        assertThat(config.kafkaPort()).isEqualTo(19092);
        assertThat(config.mongoPort()).isEqualTo(27018);
        assertThat(config.authPort()).isEqualTo(19000);
        assertThat(config.issuerUri()).isEqualTo("http://localhost:19000");
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/wg"));
        assertThat(config.services()).containsExactly(WageguardService.ALERTING, WageguardService.ENTERPRISE_REGISTRY);
    }

    @Test
    void noneStartsNoService() {
        assertThat(DevstackConfig.parse(new String[] {"--services=none"}, Map.of(), REPO).services()).isEmpty();
    }

    @Test
    void rejectsUnknownServicesAndOptionsWithTheUsage() {
        assertThatThrownBy(() -> DevstackConfig.parse(new String[] {"--services=payroll"}, Map.of(), REPO))
                .isInstanceOf(DevstackException.class).hasMessageContaining("payroll")
                .hasMessageContaining("enterprise-registry");
        assertThatThrownBy(() -> DevstackConfig.parse(new String[] {"--kafka=1"}, Map.of(), REPO))
                .isInstanceOf(DevstackException.class).hasMessageContaining("Usage");
        assertThatThrownBy(() -> DevstackConfig.parse(new String[] {"--help"}, Map.of(), REPO))
                .isInstanceOf(DevstackConfig.HelpRequested.class).hasMessageContaining("--port-base");
    }

    @Test
    void clockStartIsReadAsAnInstantOrAShanghaiDateAndIsAbsentByDefault() {
        assertThat(DevstackConfig.parse(new String[0], Map.of(), REPO).clockStart()).isNull();
        assertThat(DevstackConfig.parse(new String[] {"--clock-start=2026-11-24T09:00:00+08:00"}, Map.of(), REPO)
                .clockStart()).isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
        assertThat(DevstackConfig.parse(new String[0], Map.of("WAGEGUARD_CLOCK_START", "2027-01-01"), REPO)
                .clockStart()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThatThrownBy(() -> DevstackConfig.parse(new String[] {"--clock-start=yesterday"}, Map.of(), REPO))
                .isInstanceOf(DevstackException.class).hasMessageContaining("--clock-start")
                .hasMessageContaining("'yesterday'");
    }

    @Test
    void depositSweepIntervalIsAnIsoDurationAndIsTheServicesOwnByDefault() {
        assertThat(DevstackConfig.parse(new String[0], Map.of(), REPO).depositSweepInterval()).isNull();
        assertThat(DevstackConfig.parse(new String[] {"--deposit-sweep-interval=PT5S"}, Map.of(), REPO)
                .depositSweepInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(DevstackConfig.parse(new String[0], Map.of("WAGEGUARD_DEPOSIT_SWEEP_INTERVAL", "PT2S"), REPO)
                .depositSweepInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> DevstackConfig.parse(new String[] {"--deposit-sweep-interval=5s"}, Map.of(), REPO))
                .isInstanceOf(DevstackException.class).hasMessageContaining("--deposit-sweep-interval")
                .hasMessageContaining("'5s'");
        assertThatThrownBy(() -> DevstackConfig.parse(new String[] {"--deposit-sweep-interval=PT0S"}, Map.of(), REPO))
                .isInstanceOf(DevstackException.class).hasMessageContaining("positive");
    }

    @Test
    void brokerConfigurationKeepsAutoCreateOffAndInternalTopicsOnOneReplica() {
        DevstackConfig config = DevstackConfig.of(REPO, Path.of("/tmp/wg"), 9092, 9093, 27017, 8080, List.of());

        String properties = KafkaBroker.serverProperties(config, Path.of("/tmp/wg/kafka/data"));

        assertThat(properties).contains("auto.create.topics.enable=false", "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:9093",
                "listeners=CLIENT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:admin", "allow.everyone.if.no.acl.found=false",
                "offsets.topic.replication.factor=1", "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0");
    }
}
