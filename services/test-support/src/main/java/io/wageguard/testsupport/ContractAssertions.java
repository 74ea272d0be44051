package io.wageguard.testsupport;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.wageguard.contracts.ContractPaths;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Producer- and consumer-side contract checks: a message is valid only if it validates against the
 * JSON Schema in contracts/ named by its CloudEvent type. Schemas resolve from the classpath only.
 */
public final class ContractAssertions {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      builder -> builder.schemaMappers(mappers ->
          mappers.mapPrefix(ContractPaths.SCHEMA_ID_BASE, "classpath:" + ContractPaths.SCHEMAS)));
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private ContractAssertions() {}

  /** The schema violations of one CloudEvent (JSON text); empty when it conforms. */
  public static Set<String> violations(String cloudEventJson) {
    JsonNode event = JSON.readTree(cloudEventJson);
    String type = event.path("type").asString("");
    JsonSchema schema = SCHEMAS.computeIfAbsent(type, t ->
        FACTORY.getSchema(SchemaLocation.of(ContractPaths.schemaIdFor(t)), CONFIG));
    return schema.validate(cloudEventJson, InputFormat.JSON).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Fails with every violation listed unless the event conforms to its type's schema. */
  public static void assertConforms(String cloudEventJson) {
    Set<String> found = violations(cloudEventJson);
    if (!found.isEmpty()) {
      throw new AssertionError("event does not conform to its contract: " + found + "\n" + cloudEventJson);
    }
  }

  /** The same check for a record a {@link TopicProbe} saw. */
  public static void assertConforms(TopicProbe.Seen seen) {
    assertConforms(seen.text());
  }
}
