package io.wageguard.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractPathsTest {

  @Test
  void mapsATypeToItsSchemaAndExamples() {
    String type = "wageguard.arrears.case-opened.v1";

    assertThat(ContractPaths.schemaPathFor(type))
        .isEqualTo("wageguard/contracts/schemas/arrears.case-opened.v1.schema.json");
    assertThat(ContractPaths.schemaIdFor(type))
        .isEqualTo("https://wageguard.io/contracts/schemas/arrears.case-opened.v1.schema.json");
    assertThat(ContractPaths.examplesPathFor(type))
        .isEqualTo("wageguard/contracts/examples/arrears.case-opened.v1/");
  }

  @Test
  void pathsAreOnTheClasspath() {
    ClassLoader classLoader = getClass().getClassLoader();
    for (String path : new String[] {ContractPaths.ASYNCAPI, ContractPaths.JURISDICTIONS,
        ContractPaths.schemaPathFor("wageguard.alert.raised.v1"),
        ContractPaths.examplesPathFor("wageguard.alert.raised.v1")}) {
      assertThat(classLoader.getResource(path)).as(path).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"arrears.case-opened.v1", "wageguard.arrears.case-opened", "wageguard.v1",
      "wageguard.Arrears.case-opened.v1", "wageguard.arrears/../x.v1"})
  void rejectsWhatIsNotAWageguardType(String type) {
    assertThatIllegalArgumentException().isThrownBy(() -> ContractPaths.schemaPathFor(type));
  }
}
