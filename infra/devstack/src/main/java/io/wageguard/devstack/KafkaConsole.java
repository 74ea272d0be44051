package io.wageguard.devstack;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes the devstack's topics as one of its Kafka principals ({@code infra/devstack/kafka}), for the
 * README's walkthrough and for people at a terminal. A JVM client on purpose: the broker is Kafka 4 with SCRAM,
 * which librdkafka before 2.6.1 (kcat as Debian 12 ships it) cannot log in to.
 *
 * <pre>
 * kafka consume TOPIC [--as PRINCIPAL] [--keys] [--headers]   every record from the beginning, then exits when idle
 * kafka produce TOPIC --key KEY [--as PRINCIPAL]              one record per line of standard input
 * </pre>
 */
public final class KafkaConsole {

    private static final Duration IDLE = Duration.ofSeconds(3);

    private KafkaConsole() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("consume") || args[0].equals("produce"))) {
            System.err.println("usage: kafka consume TOPIC [--as PRINCIPAL] [--keys] [--headers]\n"
                    + "       kafka produce TOPIC --key KEY [--as PRINCIPAL]\n"
                    + "principals: " + io.wageguard.chassis.kafka.KafkaAccessControl.principals()
                    + "; bootstrap from WAGEGUARD_KAFKA_BOOTSTRAP (default 127.0.0.1:9092)");
            System.exit(2);
        }
        String topic = args[1];
        String principal = option(args, "--as", args[0].equals("consume") ? "admin" : "labour-bureau-gateway");
        String bootstrap = System.getenv().getOrDefault("WAGEGUARD_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        Map<String, Object> login = KafkaBroker.clientProperties(bootstrap, principal);
        if (args[0].equals("consume")) {
            consume(login, topic, flag(args, "--keys"), flag(args, "--headers"));
        } else {
            String key = option(args, "--key", null);
            if (key == null) {
                System.err.println("produce needs --key (the enterprise's credit code)");
                System.exit(2);
            }
            produce(login, topic, key);
        }
    }

    private static void consume(Map<String, Object> login, String topic, boolean keys, boolean headers) {
        Map<String, Object> config = new HashMap<>(login);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "console-" + UUID.randomUUID());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant lastRecord = Instant.now();
            while (Duration.between(lastRecord, Instant.now()).compareTo(IDLE) < 0) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    lastRecord = Instant.now();
                    System.out.println(keys ? record.key() + " " + record.value() : record.value());
                    if (headers) {
                        List<String> named = new ArrayList<>();
                        for (Header header : record.headers()) {
                            named.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
                        }
                        System.out.println(String.join("\n", named));
                    }
                }
            }
        }
    }

    private static void produce(Map<String, Object> login, String topic, String key) throws Exception {
        Map<String, Object> config = new HashMap<>(login);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    var sent = producer.send(new ProducerRecord<>(topic, key, line)).get(30, TimeUnit.SECONDS);
                    System.err.printf("sent to %s-%d@%d%n", sent.topic(), sent.partition(), sent.offset());
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            System.err.println("refused: " + e.getCause().getMessage());
            System.exit(1);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 2; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static boolean flag(String[] args, String name) {
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals(name)) {
                return true;
            }
        }
        return false;
    }
}
