package io.wageguard.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.wageguard.chassis.kafka.KafkaAccessControl;
import io.wageguard.chassis.kafka.KafkaAccessSetup;

/**
 * There is no Docker engine here, so this checks docker-compose.yml for what {@code docker compose config}
 * would need and for what we promise (healthchecks, start order, memory limits, pinned images, scraping).
 */
class ComposeFileTest {

    private static final Path REPO = DevstackConfig.findRepoRoot(Path.of(""));
    private static final Set<String> APP_SERVICES = new TreeSet<>(WageguardService.names());

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void parse() throws IOException {
        compose = yaml(REPO.resolve("docker-compose.yml"));
        services = new LinkedHashMap<>();
        map(compose, "services").forEach((name, definition) -> services.put(name, asMap(definition)));
    }

    @Test
    void definesTheInfrastructureTheFourServicesAndMonitoring() {
        assertThat(services.keySet()).containsAll(APP_SERVICES)
                .contains("kafka", "mongo", "auth-server", "prometheus", "grafana");
    }

    @Test
    void everyServiceHasAnImageOrABuildAndAMemoryLimitAndARestartPolicy() {
        services.forEach((name, service) -> {
            assertThat(service.keySet()).as(name + " image or build").containsAnyOf("image", "build");
            assertThat(memoryLimit(service)).as(name + " memory limit").isNotNull();
            // the one-shot kafka-init is retried until it has succeeded, then stays done
            assertThat(service.get("restart")).as(name + " restart")
                    .isEqualTo(name.equals("kafka-init") ? "on-failure" : "unless-stopped");
        });
    }

    @Test
    void imagesArePinnedNeverLatest() throws IOException {
        List<String> images = new ArrayList<>();
        services.values().forEach(service -> {
            if (service.get("image") != null) {
                images.add(service.get("image").toString());
            }
        });
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(
                Files.readString(REPO.resolve("infra/docker/Dockerfile")));
        while (from.find()) {
            images.add(from.group(1));
        }
        assertThat(images).isNotEmpty().allSatisfy(image -> {
            assertThat(image).as(image).matches(".+:[^/]+");
            assertThat(image).as(image).doesNotEndWith(":latest");
        });
        assertThat(services.get("kafka").get("image")).isEqualTo("apache/kafka:4.2.1");
        assertThat(services.get("mongo").get("image")).isEqualTo("mongo:8.0");
    }

    @Test
    void appServicesAreBuiltFromTheDockerfileAndWaitForHealthyKafkaAndMongo() {
        for (String name : APP_SERVICES) {
            Map<String, Object> service = services.get(name);
            Map<String, Object> build = map(service, "build");
            assertThat(REPO.resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString()))
                    .as(name + " Dockerfile").isRegularFile();
            assertThat(map(build, "args")).as(name).containsEntry("SERVICE", name);

            assertThat(map(service, "healthcheck").get("test").toString()).as(name).contains("/actuator/health");
            Map<String, Object> dependsOn = map(service, "depends_on");
            for (String infrastructure : List.of("kafka", "mongo", "auth-server")) {
                assertThat(map(dependsOn, infrastructure)).as(name + " -> " + infrastructure)
                        .containsEntry("condition", "service_healthy");
            }
        }
        assertThat(map(services.get("kafka"), "healthcheck").get("test").toString())
                .contains("/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9095",
                        "--command-config");
        assertThat(map(services.get("mongo"), "healthcheck").get("test").toString()).contains("rs.initiate");
    }

    @Test
    void theIssuerIsBuiltFromItsModuleKeepsItsKeysInAVolumeAndTheServicesTrustIt() {
        Map<String, Object> auth = services.get("auth-server");
        Map<String, Object> args = map(map(auth, "build"), "args");
        assertThat(args).containsEntry("SERVICE", "auth-server").containsEntry("MODULE", "infra/auth-server");
        assertThat(REPO.resolve(args.get("MODULE").toString()).resolve("pom.xml")).isRegularFile();
        assertThat(map(auth, "healthcheck").get("test").toString()).contains("/.well-known/openid-configuration");
        Map<String, Object> env = map(auth, "environment");
        assertThat(env).containsEntry("SERVER_PORT", "9000")
                .containsEntry("WAGEGUARD_ISSUER_URI", "http://localhost:9000");
        assertThat(env.get("WAGEGUARD_AUTH_KEY_DIR").toString()).startsWith("/var/lib/wageguard/");
        assertThat(list(auth, "volumes")).contains("auth-keys:/var/lib/wageguard");

        for (String name : APP_SERVICES) {
            // iss as the host sees the issuer; keys from its name inside the compose network
            assertThat(map(services.get(name), "environment")).as(name)
                    .containsEntry("WAGEGUARD_ISSUER_URI", env.get("WAGEGUARD_ISSUER_URI"))
                    .containsEntry("WAGEGUARD_JWK_SET_URI", "http://auth-server:9000/oauth2/jwks");
        }
    }

    @Test
    void kafkaChecksScramLoginsWithTheStandardAuthorizerAndKafkaInitAppliesKafkaAccessControl() throws Exception {
        Map<String, Object> kafka = map(services.get("kafka"), "environment");
        assertThat(kafka).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME",
                        "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_SUPER_USERS", "User:admin")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_SASL_ENABLED_MECHANISMS", KafkaAccessControl.SCRAM_MECHANISM);
        assertThat(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").toString())
                .doesNotContain(":PLAINTEXT").contains("CLIENT:SASL_PLAINTEXT", "EXTERNAL:SASL_PLAINTEXT");
        assertThat(kafka.get("KAFKA_LISTENER_NAME_CLIENT_SCRAM__SHA__512_SASL_JAAS_CONFIG").toString())
                .contains("ScramLoginModule");

        Map<String, Object> init = services.get("kafka-init");
        assertThat(map(map(init, "depends_on"), "kafka")).containsEntry("condition", "service_healthy");
        List<Object> entrypoint = list(init, "entrypoint");
        assertThat(entrypoint).contains("-Dloader.main=" + KafkaAccessSetup.class.getName());
        assertThat(KafkaAccessSetup.class.getMethod("main", String[].class)).isNotNull();
        Map<String, Object> initEnv = map(init, "environment");
        for (String principal : KafkaAccessControl.principals()) {
            assertThat(initEnv).as("kafka-init knows the password of " + principal)
                    .containsKey(KafkaAccessControl.passwordVariable(principal));
        }

        for (String name : APP_SERVICES) {
            Map<String, Object> service = services.get(name);
            assertThat(map(map(service, "depends_on"), "kafka-init")).as(name)
                    .containsEntry("condition", "service_completed_successfully");
            Map<String, Object> env = map(service, "environment");
            assertThat(env).as(name).containsEntry("WAGEGUARD_KAFKA_USERNAME", name);
            assertThat(env.get("WAGEGUARD_KAFKA_PASSWORD").toString()).as(name)
                    .startsWith("${" + KafkaAccessControl.passwordVariable(name) + ":-")
                    .isEqualTo(initEnv.get(KafkaAccessControl.passwordVariable(name)));
        }
    }

    @Test
    void appServicesGetTheirOwnDatabaseOnTheReplicaSetAndTheBroker() {
        for (String name : APP_SERVICES) {
            Map<String, Object> env = map(services.get(name), "environment");
            WageguardService service = WageguardService.byName(name).orElseThrow();
            assertThat(env).as(name)
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("SERVER_PORT", Integer.toString(service.port(8080)))
                    .containsEntry("SPRING_MONGODB_URI",
                            "mongodb://mongo:27017/" + service.database() + "?replicaSet=rs0");
        }
        assertThat(services.get("mongo").get("command").toString()).contains("--replSet", "rs0");
        assertThat(map(services.get("kafka"), "environment"))
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void everyMountedFileExistsAndEveryNamedVolumeIsDeclared() {
        Set<String> declaredVolumes = map(compose, "volumes").keySet();
        services.forEach((name, service) -> {
            for (Object volume : list(service, "volumes")) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                    assertThat(REPO.resolve(source).normalize()).as(name + " mounts " + source).exists();
                } else {
                    assertThat(declaredVolumes).as(name + " volume").contains(source);
                }
            }
        });
        assertThat(declaredVolumes)
                .contains("auth-keys", "kafka-data", "mongo-data", "prometheus-data", "grafana-data");
    }

    @Test
    void prometheusScrapesExactlyTheFourServicesAsTheMonitoringAccount() throws IOException {
        Map<String, Object> prometheus = yaml(REPO.resolve("infra/prometheus/prometheus.yml"));
        Set<String> targets = new TreeSet<>();
        for (Object job : list(prometheus, "scrape_configs")) {
            assertThat(asMap(job).get("metrics_path")).isEqualTo("/actuator/prometheus");
            assertThat(map(asMap(job), "oauth2")).containsEntry("client_id", "monitoring")
                    .containsEntry("token_url", "http://auth-server:9000/oauth2/token");
            for (Object staticConfig : list(asMap(job), "static_configs")) {
                list(asMap(staticConfig), "targets").forEach(target -> targets.add(target.toString()));
            }
        }
        Set<String> expected = new TreeSet<>();
        APP_SERVICES.forEach(name -> expected.add(name + ":" + map(services.get(name), "environment").get("SERVER_PORT")));
        assertThat(targets).isEqualTo(expected);
    }

    @Test
    void grafanaIsProvisionedWithPrometheusAndTheSystemDashboard() throws IOException {
        Path grafana = REPO.resolve("infra/grafana");
        Map<String, Object> datasources = yaml(grafana.resolve("provisioning/datasources/prometheus.yml"));
        assertThat(asMap(list(datasources, "datasources").get(0)))
                .containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        Map<String, Object> providers = yaml(grafana.resolve("provisioning/dashboards/wageguard.yml"));
        assertThat(map(asMap(list(providers, "providers").get(0)), "options"))
                .containsEntry("path", "/etc/grafana/dashboards");

        String dashboard = Files.readString(grafana.resolve("dashboards/wageguard-system.json"));
        assertThat(yaml(dashboard)).containsKey("panels"); // valid JSON is valid YAML
        assertThat(dashboard).contains("http_server_requests_seconds_count", "spring_kafka_listener_seconds_count",
                "kafka_consumer_fetch_manager_records_lag_max", "jvm_memory_used_bytes", "application=~");
    }

    private static Object memoryLimit(Map<String, Object> service) {
        if (service.get("mem_limit") != null) {
            return service.get("mem_limit");
        }
        return map(map(map(service, "deploy"), "resources"), "limits").get("memory");
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return yaml(Files.readString(file));
    }

    private static Map<String, Object> yaml(String text) {
        return asMap(new Yaml().load(text));
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return parent == null || parent.get(key) == null ? Map.of() : asMap(parent.get(key));
    }

    private static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : castList(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }
}
