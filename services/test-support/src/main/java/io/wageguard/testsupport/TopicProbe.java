package io.wageguard.testsupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads topics the way an outside system would: a plain Kafka consumer of its own group, from the
 * beginning. Tests wait for the record they expect with {@link #await(Predicate)}; nothing sleeps.
 * Also writes raw records, as an external labour-bureau system would.
 *
 * <p>In a test class: {@code @RegisterExtension static final TopicProbe probe = TopicProbe.onSharedBroker("alerts");}
 * — it reads from the class's start and closes itself after the class.
 */
public final class TopicProbe implements AutoCloseable, AfterAllCallback {

  /** A record as seen on the wire: key, parsed JSON value (null if not JSON), raw value and headers. */
  public record Seen(String topic, String key, JsonNode value, byte[] raw, Map<String, String> headers) {
    public String type() {
      return value == null || value.get("type") == null ? null : value.get("type").asString();
    }

    public JsonNode data() {
      return value == null ? null : value.get("data");
    }

    public String text() {
      return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Map<String, Object> clientProperties;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Thread poller;
  private volatile boolean open = true;

  public TopicProbe(String bootstrapServers, String... topics) {
    this(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topics);
  }

  /**
   * A probe with these client properties: bootstrap servers and, on a secured broker, the login (the devstack's
   * {@code RunningDevstack.kafkaClientProperties("admin")}).
   */
  public TopicProbe(Map<String, Object> clientProperties, String... topics) {
    this.clientProperties = Map.copyOf(clientProperties);
    Map<String, Object> consumerProperties = new java.util.HashMap<>(clientProperties);
    consumerProperties.putAll(Map.of(
        ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties);
    consumer.subscribe(List.of(topics));
    poller = Thread.ofPlatform().daemon().name("topic-probe").start(() -> {
      try (consumer) {
        while (open) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            seen.add(toSeen(record));
          }
        }
      }
    });
  }

  private static Seen toSeen(ConsumerRecord<String, byte[]> record) {
    JsonNode value;
    try {
      value = record.value() == null ? null : JSON.readTree(record.value());
    } catch (RuntimeException notJson) {
      value = null;
    }
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }
    return new Seen(record.topic(), record.key(), value, record.value(), headers);
  }

  /** Waits (up to 30 s) for a record matching the predicate and returns the first one. */
  public Seen await(Predicate<Seen> match) {
    return await(Duration.ofSeconds(30), match);
  }

  public Seen await(Duration atMost, Predicate<Seen> match) {
    return Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50))
        .until(() -> seen.stream().filter(match).findFirst(), java.util.Optional::isPresent)
        .orElseThrow();
  }

  /** Everything seen so far that matches. */
  public List<Seen> all(Predicate<Seen> match) {
    return new ArrayList<>(seen.stream().filter(match).toList());
  }

  public static Predicate<Seen> ofType(String type) {
    return seen -> type.equals(seen.type());
  }

  /** A probe on the shared test broker ({@link TestInfrastructure}). */
  public static TopicProbe onSharedBroker(String... topics) {
    return new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), topics);
  }

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    close();
  }

  /** The CloudEvent with this id (records that are not JSON never match). */
  public static Predicate<Seen> withId(String id) {
    return seen -> seen.value() != null && id.equals(seen.value().path("id").asString());
  }

  public static Predicate<Seen> onTopic(String topic) {
    return seen -> topic.equals(seen.topic());
  }

  /** Writes one raw record and waits for the broker's acknowledgement. */
  public void send(String topic, String key, String value) {
    Map<String, Object> producerProperties = new java.util.HashMap<>(clientProperties);
    producerProperties.putAll(Map.of(
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties)) {
      producer.send(new ProducerRecord<>(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8)))
          .get();
    } catch (Exception e) {
      throw new IllegalStateException("could not write to " + topic, e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    open = false;
    poller.join(5_000);
  }
}
