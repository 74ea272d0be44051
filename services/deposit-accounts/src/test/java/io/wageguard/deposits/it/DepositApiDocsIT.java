package io.wageguard.deposits.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15: every REST answer of deposit-accounts is a typed record, so {@code /v3/api-docs} describes its fields
 * (no answer is a bare {@code object} with {@code additionalProperties}).
 */
@ServiceIntegrationTest
class DepositApiDocsIT {

  static final JsonMapper JSON = JsonMapper.builder().build();
  @LocalServerPort int port;

  JsonNode apiDocs() {
    HttpResponse<String> r = ServiceHttp.atPort(port).get("/v3/api-docs");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static JsonNode okSchema(JsonNode docs, String path, String method) {
    JsonNode content = docs.path("paths").path(path).path(method).path("responses").path("200").path("content");
    assertThat(content.isObject()).as(method + " " + path + " has a 200 body").isTrue();
    return content.iterator().next().path("schema");
  }

  @Test
  void representativeAnswersHaveNamedSchemasWithTheirFields() {
    JsonNode docs = apiDocs();
    assertThat(okSchema(docs, "/api/enterprises/{creditCode}/status", "get").path("$ref").asString())
        .isEqualTo("#/components/schemas/StatusResponse");
    assertThat(okSchema(docs, "/api/enterprises/{creditCode}/payouts", "post").path("$ref").asString())
        .isEqualTo("#/components/schemas/StatusResponse");
    assertThat(okSchema(docs, "/api/deposits", "get").path("$ref").asString())
        .isEqualTo("#/components/schemas/DepositListResponse");
    assertThat(okSchema(docs, "/api/enterprises/{creditCode}/ledger/verification", "get").path("$ref").asString())
        .isEqualTo("#/components/schemas/VerificationResponse");
    JsonNode history = okSchema(docs, "/api/enterprises/{creditCode}/obligation/history", "get");
    assertThat(history.path("type").asString()).isEqualTo("array");
    assertThat(history.path("items").path("$ref").asString()).isEqualTo("#/components/schemas/AssessmentResponse");

    JsonNode schemas = docs.path("components").path("schemas");
    JsonNode status = schemas.path("StatusResponse");
    assertThat(status.path("type").asString()).isEqualTo("object");
    assertThat(status.has("additionalProperties")).isFalse();
    assertThat(status.path("properties").propertyNames()).containsExactly("creditCode", "jurisdiction", "asOf",
        "requirement", "balance", "compliance", "stage", "nextDue", "missedDeadlines", "shortfallTotal", "ledger",
        "verification");
    assertThat(status.path("properties").path("ledger").path("items").path("$ref").asString())
        .isEqualTo("#/components/schemas/LedgerEntryView");
    assertThat(schemas.path("DepositListResponse").path("properties").path("totals").path("$ref").asString())
        .isEqualTo("#/components/schemas/DepositTotals");
    assertThat(schemas.path("FactsResponse").path("properties").path("arrearsCases").path("items").path("$ref")
        .asString()).isEqualTo("#/components/schemas/ArrearsCaseView");
  }

  /**
   * Every JSON answer of deposit-accounts is a named schema (or a list of one); the CSV exports are text. The
   * chassis' own administration endpoints ({@code /api/admin/...}, shared by every service) are not this service's.
   */
  @Test
  void noJsonAnswerIsAnUntypedObject() {
    JsonNode docs = apiDocs();
    List<String> untyped = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
      if (path.getKey().startsWith("/api/admin/")) {
        continue;
      }
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        JsonNode content = op.getValue().path("responses").path("200").path("content");
        for (Map.Entry<String, JsonNode> media : content.properties()) {
          JsonNode schema = media.getValue().path("schema");
          JsonNode named = "array".equals(schema.path("type").asString()) ? schema.path("items") : schema;
          boolean typed = named.has("$ref") || "string".equals(named.path("type").asString());
          if (!typed) {
            untyped.add(op.getKey() + " " + path.getKey() + " " + schema);
          }
        }
      }
    }
    assertThat(docs.path("paths").size()).isGreaterThanOrEqualTo(16);
    assertThat(untyped).isEmpty();
  }
}
