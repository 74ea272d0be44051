package io.wageguard.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code arrears.events}, {@code alerts} and {@code arrears.submissions-dlt} from the beginning (no
 * consumer group, nothing committed, so it survives a broker restart and sees every record) and keeps only
 * what the fault tests count, so that tens of thousands of records stay cheap.
 */
final class TopicTally implements AutoCloseable {

  record DeadLetter(String key, String value, String reason) {}

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** case-opened: submissionId → the caseIds seen for it (more than one would be a doubled case). */
  final Map<String, Set<String>> casesOfSubmission = new ConcurrentHashMap<>();
  /** case-opened records, duplicates of the same event included. */
  final AtomicLong caseOpenedRecords = new AtomicLong();
  /** case-opened: submissionId → how many records (a byte-identical copy of one event counts twice). */
  final Map<String, AtomicLong> caseOpenedRecordsOfSubmission = new ConcurrentHashMap<>();
  /** submission-rejected: submissionIds. */
  final Set<String> rejectedSubmissions = ConcurrentHashMap.newKeySet();
  /** EW-1 alert.raised: caseId → the alertIds raised for it. */
  final Map<String, Set<String>> ew1AlertsOfCase = new ConcurrentHashMap<>();
  final AtomicLong ew1Records = new AtomicLong();
  /** EW-1 alert.raised: caseId → how many records, copies included. */
  final Map<String, AtomicLong> ew1RecordsOfCase = new ConcurrentHashMap<>();
  final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread poller;
  private volatile boolean open = true;

  /** {@code clientProperties}: bootstrap servers and login, e.g. {@code kafkaClientProperties("admin")}. */
  TopicTally(Map<String, Object> clientProperties) {
    Map<String, Object> properties = new java.util.HashMap<>(clientProperties);
    properties.putAll(Map.of(
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000));
    consumer = new KafkaConsumer<>(properties);
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of("arrears.events", "alerts", "arrears.submissions-dlt")) {
      for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    poller = Thread.ofPlatform().daemon().name("topic-tally").start(this::poll);
  }

  private void poll() {
    while (open) {
      try {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          take(record);
        }
      } catch (org.apache.kafka.common.errors.WakeupException e) {
        return;
      } catch (RuntimeException e) {
        // a broker restart: the consumer reconnects on the next poll
        System.err.println("topic-tally: " + e);
      }
    }
  }

  private void take(ConsumerRecord<String, byte[]> record) {
    String text = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
    if (record.topic().endsWith("-dlt")) {
      Header reason = record.headers().lastHeader("wageguard-dlt-reason");
      deadLetters.add(new DeadLetter(record.key(), text,
          reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8)));
      return;
    }
    JsonNode event;
    try {
      event = JSON.readTree(text);
    } catch (RuntimeException e) {
      return;
    }
    String type = event.path("type").asString("");
    JsonNode data = event.path("data");
    switch (type) {
      case "wageguard.arrears.case-opened.v1" -> {
        caseOpenedRecords.incrementAndGet();
        caseOpenedRecordsOfSubmission.computeIfAbsent(data.path("submissionId").asString(), k -> new AtomicLong())
            .incrementAndGet();
        casesOfSubmission.computeIfAbsent(data.path("submissionId").asString(), k -> ConcurrentHashMap.newKeySet())
            .add(data.path("caseId").asString());
      }
      case "wageguard.arrears.submission-rejected.v1" -> rejectedSubmissions.add(data.path("submissionId").asString());
      case "wageguard.alert.raised.v1" -> {
        if ("EW-1".equals(data.path("signal").asString(""))) {
          ew1Records.incrementAndGet();
          ew1RecordsOfCase.computeIfAbsent(data.path("caseId").asString(""), k -> new AtomicLong()).incrementAndGet();
          ew1AlertsOfCase.computeIfAbsent(data.path("caseId").asString(""), k -> ConcurrentHashMap.newKeySet())
              .add(data.path("alertId").asString());
        }
      }
      default -> {
        // not counted
      }
    }
  }

  /** How many of these submissions have opened a case so far. */
  long opened(Set<String> submissionIds) {
    return submissionIds.stream().filter(casesOfSubmission::containsKey).count();
  }

  @Override
  public void close() throws InterruptedException {
    open = false;
    consumer.wakeup();
    poller.join(10_000);
    consumer.close(Duration.ofSeconds(5));
  }
}
