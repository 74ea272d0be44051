package io.wageguard.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** asyncapi.yaml names every topic, its one writer, its dead-letter twin and the schema of every message. */
class AsyncApiTest {

  private static final String DLT_SUFFIX = "-dlt";
  private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";
  private static final String SCHEMAS_REF_PREFIX = "./schemas/";

  private static JsonNode asyncApi;
  /** Channels by topic name. */
  private static Map<String, JsonNode> topics;

  @BeforeAll
  static void parse() {
    asyncApi = ContractFiles.readYaml(ContractFiles.root().resolve("asyncapi.yaml"));
    topics = new HashMap<>();
    asyncApi.path("channels").forEach(channel -> topics.put(channel.path("address").asText(), channel));
  }

  @Test
  void isAnAsyncApi3DocumentOfCloudEvents() {
    assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
    assertThat(asyncApi.path("defaultContentType").asText()).isEqualTo("application/cloudevents+json");
    assertThat(topics.keySet()).contains(
        "enterprise.events", "arrears.submissions", "arrears.events", "deposit.events", "alerts");
  }

  @Test
  void everyEventMessageIsACloudEventWithItsSchemaFile() {
    eventTopics().forEach(topic -> topics.get(topic).path("messages").forEach(reference -> {
      JsonNode message = resolve(reference);
      String name = message.path("name").asText();
      JsonNode payload = message.path("payload");
      String ref = payload.path("schema").path("$ref").asText();

      assertThat(message.path("contentType").asText()).as(name).isEqualTo("application/cloudevents+json");
      assertThat(payload.path("schemaFormat").asText()).as(name).isEqualTo(SCHEMA_FORMAT);
      assertThat(ref).as(name).startsWith(SCHEMAS_REF_PREFIX);
      assertThat(ContractFiles.root().resolve(ref)).as(name).isRegularFile();
      if (name.startsWith("wageguard.")) {
        assertThat(ref).as(name)
            .isEqualTo("./" + ContractPaths.schemaPathFor(name).substring(ContractPaths.ROOT.length()));
      }
    }));
  }

  @Test
  void everySchemaFileIsReachableFromTheDocument() {
    Set<String> reached = new TreeSet<>();
    Deque<String> toVisit = new ArrayDeque<>();
    refs(asyncApi).stream()
        .filter(ref -> ref.startsWith(SCHEMAS_REF_PREFIX))
        .map(ref -> withoutFragment(ref.substring(SCHEMAS_REF_PREFIX.length())))
        .forEach(toVisit::add);
    while (!toVisit.isEmpty()) {
      String file = toVisit.pop();
      if (reached.add(file)) {
        refs(ContractFiles.readJson(ContractFiles.schemasDir().resolve(file))).stream()
            .filter(ref -> !ref.startsWith("#"))
            .map(AsyncApiTest::withoutFragment)
            .forEach(toVisit::add);
      }
    }

    Set<String> schemaFiles = ContractFiles.jsonFiles(ContractFiles.schemasDir()).stream()
        .map(ContractFiles::fileName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(reached).isEqualTo(schemaFiles);
  }

  @Test
  void everyTopicHasOneWriterThatSendsToIt() {
    eventTopics().forEach(topic -> {
      JsonNode writer = topics.get(topic).path("x-writer");
      assertThat(writer.isTextual() && !writer.asText().isBlank()).as("x-writer of %s", topic).isTrue();
      assertThat(services("send", topic)).as("senders of %s", topic).containsExactly(writer.asText());
    });
  }

  @Test
  void everyTopicHasADeadLetterTwinWrittenByItsConsumers() {
    eventTopics().forEach(topic -> {
      JsonNode deadLetters = topics.get(topic + DLT_SUFFIX);
      assertThat(deadLetters).as("dead-letter topic of %s", topic).isNotNull();

      assertThat(new HashSet<>(texts(deadLetters.path("x-writer")))).as("x-writer of %s%s", topic, DLT_SUFFIX)
          .isNotEmpty()
          .isEqualTo(services("receive", topic));
      deadLetters.path("messages").forEach(message ->
          assertThat(texts(resolve(message).path("headers").path("required")))
              .contains("kafka_dlt-exception-message", "kafka_dlt-exception-fqcn", "kafka_dlt-original-topic",
                  "kafka_dlt-original-partition", "kafka_dlt-original-offset"));
    });
    topics.keySet().stream().filter(topic -> topic.endsWith(DLT_SUFFIX)).forEach(deadLetters ->
        assertThat(topics).as("source of %s", deadLetters).containsKey(withoutDltSuffix(deadLetters)));
  }

  @Test
  void everyTopicIsDeclaredWithSixPartitionsAndThirtyDaysRetention() {
    topics.forEach((topic, channel) -> {
      JsonNode kafka = resolve(channel.path("bindings")).path("kafka");
      assertThat(kafka.path("partitions").asInt()).as(topic).isEqualTo(6);
      assertThat(kafka.path("replicas").asInt()).as(topic).isPositive();
      assertThat(kafka.path("topicConfiguration").path("retention.ms").asLong()).as(topic)
          .isEqualTo(30L * 24 * 60 * 60 * 1000);
    });
  }

  @Test
  void everyOperationNamesItsServiceAndAnExistingChannel() {
    asyncApi.path("operations").properties().forEach(entry -> {
      JsonNode operation = entry.getValue();
      assertThat(operation.path("action").asText()).as(entry.getKey()).isIn("send", "receive");
      assertThat(operation.path("x-service").asText()).as(entry.getKey()).isNotBlank();
      assertThat(resolve(operation.path("channel")).path("address").asText()).as(entry.getKey())
          .isIn(topics.keySet());
    });
  }

  private static List<String> eventTopics() {
    return topics.keySet().stream().filter(topic -> !topic.endsWith(DLT_SUFFIX)).sorted().toList();
  }

  /** The services whose operations do this action on the topic. */
  private static Set<String> services(String action, String topic) {
    Set<String> services = new HashSet<>();
    asyncApi.path("operations").forEach(operation -> {
      if (operation.path("action").asText().equals(action)
          && resolve(operation.path("channel")).path("address").asText().equals(topic)) {
        services.add(operation.path("x-service").asText());
      }
    });
    return services;
  }

  /** Follows a local reference (#/...) inside the document; any other node is returned as is. */
  private static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText();
    if (!ref.startsWith("#/")) {
      return node;
    }
    JsonNode target = asyncApi.at(ref.substring(1));
    assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
    return resolve(target);
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static Set<String> refs(JsonNode node) {
    Set<String> refs = new HashSet<>();
    if (node.isObject()) {
      node.properties().forEach(entry -> {
        if (entry.getKey().equals("$ref")) {
          refs.add(entry.getValue().asText());
        } else {
          refs.addAll(refs(entry.getValue()));
        }
      });
    } else if (node.isArray()) {
      StreamSupport.stream(node.spliterator(), false).map(AsyncApiTest::refs).forEach(refs::addAll);
    }
    return refs;
  }

  private static String withoutFragment(String ref) {
    int hash = ref.indexOf('#');
    return hash < 0 ? ref : ref.substring(0, hash);
  }

  private static String withoutDltSuffix(String topic) {
    return topic.substring(0, topic.length() - DLT_SUFFIX.length());
  }
}
