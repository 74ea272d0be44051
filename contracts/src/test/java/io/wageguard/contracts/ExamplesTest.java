package io.wageguard.contracts;

import static io.wageguard.contracts.ContractFiles.fileName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example validates against the schema its folder names; every invalid one fails its schema. */
class ExamplesTest {

  /** examples/invalid/<schema base>.<why>.json, e.g. arrears.case-opened.v1.missing-jurisdiction.json */
  private static final Pattern INVALID_EXAMPLE = Pattern.compile("(.+\\.v[0-9]+)\\.[a-z0-9-]+\\.json");

  static Stream<Named<Path>> validExamples() {
    return ContractFiles.named(validExampleFiles());
  }

  static Stream<Named<Path>> invalidExamples() {
    return ContractFiles.named(ContractFiles.jsonFiles(ContractFiles.invalidExamplesDir()).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validExamples")
  void validExampleMatchesTheSchemaOfItsType(Path example) {
    String type = "wageguard." + fileName(example.getParent());
    JsonNode event = ContractFiles.readJson(example);

    assertThat(event.path("type").asText()).as("type").isEqualTo(type);
    Set<ValidationMessage> errors = ContractFiles.schema(schemaFileOf(type)).validate(event);
    assertThat(errors).as("errors of %s", example).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidExamples")
  void invalidExampleFailsItsSchema(Path example) {
    Matcher name = INVALID_EXAMPLE.matcher(fileName(example));
    assertThat(name.matches()).as("%s is named <schema base>.<why>.json", fileName(example)).isTrue();
    String schemaFile = name.group(1) + ".schema.json";
    assertThat(ContractFiles.schemasDir().resolve(schemaFile)).as("schema of %s", example).exists();

    Set<ValidationMessage> errors = ContractFiles.schema(schemaFile).validate(ContractFiles.readJson(example));
    assertThat(errors).as("errors of %s", example).isNotEmpty();
  }

  @Test
  void everyEventSchemaHasAnExampleAndEveryExampleFolderASchema() {
    List<String> schemaBases = ContractFiles.list(ContractFiles.schemasDir(), file -> true).stream()
        .map(file -> ContractFiles.EVENT_SCHEMA.matcher(fileName(file)))
        .filter(Matcher::matches)
        .map(matcher -> matcher.group(1))
        .toList();
    List<String> exampleBases = exampleFolders().stream()
        .filter(folder -> !ContractFiles.jsonFiles(folder).isEmpty())
        .map(ContractFiles::fileName)
        .toList();

    assertThat(schemaBases).isNotEmpty();
    assertThat(exampleBases).containsExactlyInAnyOrderElementsOf(schemaBases);
  }

  @Test
  void examplesCarryCreditCodesWithAValidCheckCharacter() {
    List<String> codes = new ArrayList<>();
    validExampleFiles().map(ContractFiles::readJson).forEach(event -> Stream
        .of(event.path("subject"), event.path("data").path("creditCode"))
        .filter(JsonNode::isTextual)
        .forEach(code -> codes.add(code.asText())));

    assertThat(codes).isNotEmpty().allSatisfy(code ->
        assertThat(CreditCodes.isValid(code)).as("check character of %s", code).isTrue());
  }

  @Test
  void checkCharacterFollowsTheStandard() {
    assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
    assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
    assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
  }

  private static Stream<Path> validExampleFiles() {
    return exampleFolders().stream().flatMap(folder -> ContractFiles.jsonFiles(folder).stream());
  }

  private static List<Path> exampleFolders() {
    return ContractFiles.list(ContractFiles.examplesDir(),
        dir -> Files.isDirectory(dir) && !dir.equals(ContractFiles.invalidExamplesDir()));
  }

  private static String schemaFileOf(String type) {
    return ContractPaths.schemaPathFor(type).substring(ContractPaths.SCHEMAS.length());
  }
}
