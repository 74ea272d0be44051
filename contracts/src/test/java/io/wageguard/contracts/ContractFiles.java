package io.wageguard.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** The packaged contracts as the tests read them: from the classpath, as a service does. */
final class ContractFiles {

  /** An event type's schema, e.g. arrears.case-opened.v1.schema.json; the other schemas are shared parts. */
  static final Pattern EVENT_SCHEMA = Pattern.compile("(.+\\.v[0-9]+)\\.schema\\.json");

  static final ObjectMapper JSON = new ObjectMapper();
  static final YAMLMapper YAML = new YAMLMapper();

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012,
      builder -> builder
          .schemaMappers(mappers -> mappers.mapPrefix(
              ContractPaths.SCHEMA_ID_BASE, "classpath:" + ContractPaths.SCHEMAS))
          // A $ref that escapes the mapping fails instead of reaching for the network.
          .schemaLoaders(loaders -> loaders.add(
              new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));

  // Draft 2020-12 only annotates "format" by default; the contracts mean it.
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private ContractFiles() {}

  static Path root() {
    return classpathDirectory(ContractPaths.ROOT);
  }

  static Path schemasDir() {
    return classpathDirectory(ContractPaths.SCHEMAS);
  }

  static Path examplesDir() {
    return classpathDirectory(ContractPaths.EXAMPLES);
  }

  static Path invalidExamplesDir() {
    return examplesDir().resolve("invalid");
  }

  static JsonSchema schema(String schemaFile) {
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(ContractPaths.SCHEMA_ID_BASE + schemaFile), CONFIG);
    schema.initializeValidators();
    return schema;
  }

  static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " as JSON", e);
    }
  }

  static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " as YAML", e);
    }
  }

  static List<Path> list(Path dir, Predicate<Path> filter) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(filter).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> jsonFiles(Path dir) {
    return list(dir, file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json"));
  }

  /** Test arguments shown by their path under the contracts root rather than the absolute one. */
  static Stream<Named<Path>> named(Stream<Path> files) {
    return files.map(file -> Named.of(root().relativize(file).toString(), file));
  }

  static String fileName(Path file) {
    return file.getFileName().toString();
  }

  private static Path classpathDirectory(String resource) {
    URL url = ContractFiles.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException(resource + " is not on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
