package io.wageguard.contracts;

import static io.wageguard.contracts.ContractFiles.fileName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each schema is draft 2020-12, is found at its $id, and an event schema fixes its own type and dataschema. */
class SchemasTest {

  static Stream<Named<Path>> schemas() {
    return ContractFiles.named(ContractFiles.jsonFiles(ContractFiles.schemasDir()).stream());
  }

  static Stream<Named<Path>> eventSchemas() {
    return ContractFiles.named(ContractFiles.jsonFiles(ContractFiles.schemasDir()).stream()
        .filter(file -> ContractFiles.EVENT_SCHEMA.matcher(fileName(file)).matches()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void schemaIsDraft202012AndItsIdIsItsFileName(Path file) {
    JsonNode schema = ContractFiles.readJson(file);

    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo(ContractPaths.SCHEMA_ID_BASE + fileName(file));
    // Loads every $ref it makes, so a broken reference fails here even if no example reaches it.
    ContractFiles.schema(fileName(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventSchemas")
  void eventSchemaFixesTheTypeItIsNamedAfter(Path file) {
    Matcher eventSchema = ContractFiles.EVENT_SCHEMA.matcher(fileName(file));
    assertThat(eventSchema.matches()).isTrue();
    String type = "wageguard." + eventSchema.group(1);
    JsonNode properties = ContractFiles.readJson(file).path("properties");

    assertThat(properties.path("type").path("const").asText()).isEqualTo(type);
    assertThat(properties.path("dataschema").path("const").asText()).isEqualTo(ContractPaths.schemaIdFor(type));
    assertThat(ContractPaths.schemaPathFor(type)).isEqualTo(ContractPaths.SCHEMAS + fileName(file));
  }
}
