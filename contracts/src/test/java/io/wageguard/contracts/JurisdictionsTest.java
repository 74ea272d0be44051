package io.wageguard.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JurisdictionsTest {

  private static JsonNode file;
  private static final Map<String, JsonNode> byCode = new HashMap<>();

  @BeforeAll
  static void read() {
    file = ContractFiles.readJson(ContractFiles.root().resolve("reference/jurisdictions.json"));
    file.path("jurisdictions").forEach(jurisdiction -> {
      String code = jurisdiction.path("code").asText();
      assertThat(byCode.put(code, jurisdiction)).as("code %s is unique", code).isNull();
    });
  }

  @Test
  void everyJurisdictionIsWellFormed() {
    assertThat(file.path("source").asText()).isNotBlank();
    assertThat(byCode).isNotEmpty();
    byCode.forEach((code, jurisdiction) -> {
      assertThat(code).matches("[0-9]{6}");
      assertThat(jurisdiction.path("name").asText()).as(code).isNotBlank();
      assertThat(jurisdiction.path("nameZh").asText()).as(code).isNotBlank();
      assertThat(jurisdiction.path("parent").asText()).as(code).matches("[0-9]{6}");
      assertThat(jurisdiction.path("kind").asText()).as(code).isIn("CITY", "DISTRICT", "COUNTY_CITY");
      JsonNode policy = jurisdiction.path("policy");
      assertThat(policy.isNull() || file.path("policyFamilies").has(policy.asText()))
          .as("policy of %s is null or a listed family", code).isTrue();
    });
  }

  @Test
  void divisionsHangUnderTheirCity() {
    byCode.values().stream()
        .filter(jurisdiction -> !jurisdiction.path("kind").asText().equals("CITY"))
        .forEach(division -> {
          String parent = division.path("parent").asText();
          assertThat(byCode).as("parent of %s", division.path("code").asText()).containsKey(parent);
          assertThat(byCode.get(parent).path("kind").asText()).isEqualTo("CITY");
        });
  }

  @Test
  void theTwoDepositPoliciesApplyWhereTheBulletinSays() {
    assertThat(byCode.get("320585").path("policy").asText()).isEqualTo("TAICANG_LUMP_SUM");
    assertThat(byCode.get("320505").path("policy").asText()).isEqualTo("HIGH_TECH_ZONE_MONTHLY");
    assertThat(byCode.keySet()).containsAll(Set.of("320500", "320505", "320506", "320507", "320508", "320509",
        "320581", "320582", "320583", "320585"));
  }
}
