package io.wageguard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wageguard.chassis.kafka.KafkaAccessControl;

/**
 * The broker as the devstack runs it (SASL/SCRAM-SHA-512, KRaft StandardAuthorizer, ACLs from KafkaAccessControl):
 * each principal may do what the matrix says and is denied the rest.
 */
class BrokerAccessControlTest {

    private static final String KEY = "91320585MA1MK7RW0X";

    @TempDir
    static Path dataDir;

    static KafkaBroker broker;

    /** Only the broker, started as RunningDevstack starts it (format, SCRAM admin, users, topics, ACLs). */
    @BeforeAll
    static void startBroker() throws IOException {
        DevstackConfig config = DevstackConfig.of(dataDir.resolve("repo"), dataDir.resolve("data"), freePort(),
                freePort(), freePort(), freePort(), 8080, List.of());
        broker = KafkaBroker.start(config, Duration.ofSeconds(120), started -> { });
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.process().stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void theAdminHasCreatedEveryRegistryTopic() throws Exception {
        try (Admin admin = Admin.create(clientProperties("admin"))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .containsAll(KafkaAccessControl.topicNames());
        }
    }

    @Test
    void theLabourBureauGatewayWritesSubmissionsWhichArrearsReportingReads() throws Exception {
        String value = "submission-" + UUID.randomUUID();
        try (KafkaProducer<String, String> gateway = producer("labour-bureau-gateway")) {
            gateway.send(new ProducerRecord<>("arrears.submissions", KEY, value)).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> arrears = consumer("arrears-reporting", "arrears-reporting")) {
            arrears.subscribe(List.of("arrears.submissions"));
            List<String> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
                for (ConsumerRecord<String, String> record : arrears.poll(Duration.ofMillis(500))) {
                    seen.add(record.value());
                }
                return seen.contains(value);
            });
        }
    }

    @Test
    void theLabourBureauGatewayIsDeniedWritingAlerts() {
        try (KafkaProducer<String, String> gateway = producer("labour-bureau-gateway")) {
            assertThatThrownBy(() -> gateway.send(new ProducerRecord<>("alerts", KEY, "forged alert"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void alertingIsDeniedWritingArrearsEvents() {
        try (KafkaProducer<String, String> alerting = producer("alerting")) {
            assertThatThrownBy(() -> alerting.send(new ProducerRecord<>("arrears.events", KEY, "forged event"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceIsDeniedReadingATopicItDoesNotConsume() {
        // deposit-accounts consumes enterprise.events and arrears.events, never the raw submissions
        try (KafkaConsumer<String, String> deposits = consumer("deposit-accounts", "deposit-accounts")) {
            deposits.subscribe(List.of("arrears.submissions"));
            List<TopicAuthorizationException> denied = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
                try {
                    deposits.poll(Duration.ofMillis(500));
                } catch (TopicAuthorizationException e) {
                    denied.add(e);
                }
                return !denied.isEmpty();
            });
            assertThat(denied.get(0).unauthorizedTopics()).containsExactly("arrears.submissions");
        }
    }

    @Test
    void aServiceMayNotCreateTopics() throws Exception {
        try (Admin alerting = Admin.create(clientProperties("alerting"))) {
            assertThatThrownBy(() -> alerting.createTopics(List.of(new NewTopic("alerts.shadow", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordFailsAuthentication() {
        Map<String, Object> props = new HashMap<>(KafkaAccessControl.clientProperties(broker.bootstrap(),
                "labour-bureau-gateway", "not-the-password"));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> impostor =
                     new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> impostor.send(new ProducerRecord<>("arrears.submissions", KEY, "x"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static KafkaProducer<String, String> producer(String principal) {
        Map<String, Object> props = new HashMap<>(clientProperties(principal));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String principal, String group) {
        Map<String, Object> props = new HashMap<>(clientProperties(principal));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static Map<String, Object> clientProperties(String principal) {
        return KafkaBroker.clientProperties(broker.bootstrap(), principal);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
