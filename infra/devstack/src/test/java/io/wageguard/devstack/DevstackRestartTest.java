package io.wageguard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** The devstack's promise: a real broker (auto-create off) and a MongoDB-wire server whose data survive a restart. */
class DevstackRestartTest {

    private static final String TOPIC = "devstack.check";
    private static final String KEY = "91310000MA1FL0000X";
    private static final String DATABASE = "wageguard-devstack-test";

    @TempDir
    Path dataDir;

    @TempDir
    Path repoRoot;

    @Test
    void aSecondStartOnTheSameDataDirFindsTopicsRecordsAndDocuments() throws Exception {
        int kafkaPort = freePort();
        int controllerPort = freePort();
        int mongoPort = freePort();
        int authPort = freePort();
        FakeServices.writeAuthServerJar(repoRoot);
        String value = "record-" + UUID.randomUUID();
        ProcessHandle firstBroker;

        try (RunningDevstack stack = Devstack.start(
                DevstackConfig.of(repoRoot, dataDir, kafkaPort, controllerPort, mongoPort, authPort, 8080, List.of()))) {
            firstBroker = stack.kafkaProcess();
            try (Admin admin = admin(stack)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
                assertTopicsAreNotCreatedOnDemand(stack, admin);
            }
            try (KafkaProducer<String, String> producer = producer(stack, Map.of())) {
                producer.send(new ProducerRecord<>(TOPIC, KEY, value)).get(30, TimeUnit.SECONDS);
            }
            assertThat(consumeAll(stack, "first-run")).contains(KEY + "=" + value);
            try (MongoClient client = MongoClients.create(stack.mongoUri(DATABASE))) {
                client.getDatabase(DATABASE).getCollection("checks").insertOne(new Document("_id", KEY).append("value", value));
            }
        }
        assertThat(firstBroker.isAlive()).as("broker JVM after close").isFalse();

        // The second start also runs a (fake) service, to see it wired to the broker and stopped with the rest.
        FakeServices.writeJar(repoRoot, WageguardService.ALERTING, FakeServices.Healthy.class);
        int portBase = freePort() - WageguardService.ALERTING.port(0);
        String alertingHealth;
        try (RunningDevstack stack = Devstack.start(DevstackConfig.of(repoRoot, dataDir, kafkaPort, controllerPort,
                mongoPort, authPort, portBase, List.of(WageguardService.ALERTING)))) {
            try (Admin admin = admin(stack)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(TOPIC);
                assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(TOPIC).partitions()).hasSize(6);
            }
            assertThat(consumeAll(stack, "second-run")).contains(KEY + "=" + value);
            try (MongoClient client = MongoClients.create(stack.mongoUri(DATABASE))) {
                Document found = client.getDatabase(DATABASE).getCollection("checks").find(new Document("_id", KEY)).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("value")).isEqualTo(value);
            }

            alertingHealth = stack.serviceUrl("alerting") + "/actuator/health";
            assertThat(get(stack.serviceUrl("alerting") + "/env"))
                    .contains("SPRING_KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrap())
                    .contains("WAGEGUARD_KAFKA_USERNAME=alerting")
                    .contains("SPRING_MONGODB_URI=" + stack.mongoUri("wageguard-alerting"))
                    .contains("WAGEGUARD_ISSUER_URI=http://localhost:" + authPort);
            // The client asks the (fake) issuer for the account's token and sends it.
            assertThat(stack.client("union-taicang").get("alerting", "/whoami").body()).isEqualTo("Bearer fake-token");
            assertThat(stack.summary()).contains(stack.kafkaBootstrap(), alertingHealth, "issuer http://localhost:" + authPort,
                    stack.serviceUrl("alerting") + "/actuator/prometheus", dataDir.resolve("logs/alerting.log").toString());
        }
        assertThatThrownBy(() -> get(alertingHealth)).as("service after close").isInstanceOf(IOException.class);
    }

    /** Producing to an unknown topic must fail instead of creating it. */
    private static void assertTopicsAreNotCreatedOnDemand(RunningDevstack stack, Admin admin) throws Exception {
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
        assertThat(admin.describeConfigs(List.of(broker)).all().get(30, TimeUnit.SECONDS)
                .get(broker).get("auto.create.topics.enable").value()).isEqualTo("false");
        try (KafkaProducer<String, String> producer = producer(stack, Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("no.such.topic", KEY, "x")).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
        assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).doesNotContain("no.such.topic");
    }

    private static String get(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    private static List<String> consumeAll(RunningDevstack stack, String group) {
        Map<String, Object> props = new HashMap<>(stack.kafkaClientProperties("admin"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value());
                }
                return !seen.isEmpty();
            });
        }
        return seen;
    }

    private static Admin admin(RunningDevstack stack) {
        return Admin.create(stack.kafkaClientProperties("admin"));
    }

    private static KafkaProducer<String, String> producer(RunningDevstack stack, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        props.putAll(stack.kafkaClientProperties("admin"));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
