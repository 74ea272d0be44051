package io.wageguard.alerting.it;

import io.wageguard.testsupport.TestCreditCodes;
import static io.wageguard.alerting.it.AlertingIT.caseOpened;
import static io.wageguard.alerting.it.AlertingIT.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TestIssuer;
import io.wageguard.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The union's live SSE stream: live delivery, resume with Last-Event-ID, and only its own jurisdiction. */
@ServiceIntegrationTest
@Import(TestClock.Config.class)
class AlertStreamIT {

  static final Duration WITHIN = Duration.ofSeconds(20);
  static final JsonMapper JSON = JsonMapper.builder().build();
  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("alerts");
  @LocalServerPort int port;
  @Autowired MeterRegistry meters;

  @Test
  void aUnionsStreamDeliversItsAlertsLive_resumesFromLastEventIdWithoutGapOrDuplicate_andNeverANeighboursAlerts()
      throws Exception {
    String code = TestCreditCodes.random("320585");
    String union = "eu-" + code;
    createEnterpriseUnion(union, code, "320585");

    try (SseClient neighbour = stream("union-320582", null, "320582")) {
      String alert1;
      String firstId;
      try (SseClient live = stream(union, null, "320585")) {
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.contentType()).startsWith("text/event-stream");
        assertThat(meters.get("wageguard.alerting.sse.connections").gauge().value()).isGreaterThanOrEqualTo(2);

        sendArrears(code, caseOpened(code, UUID.randomUUID().toString(), 2, false));
        SseClient.Event raised = live.next(WITHIN);
        assertThat(raised.name()).isEqualTo("wageguard.alert.raised.v1");
        assertThat(raised.id()).isEqualTo("1"); // the union's own feed starts at 1
        ContractAssertions.assertConforms(raised.data());
        JsonNode data = JSON.readTree(raised.data()).get("data");
        assertThat(data.get("creditCode").asString()).isEqualTo(code);
        assertThat(data.get("routedTo").valueStream().map(r -> r.get("unionId").asString())).contains(union);
        alert1 = data.get("alertId").asString();
        firstId = raised.id();
      } // disconnected

      // two events while away: an acknowledgement, then a second alert
      assertThat(taicangUnion().post("/api/alerts/" + alert1 + "/acknowledgement",
          "{\"unionId\":\"" + union + "\",\"note\":\"已联系企业\"}").statusCode()).isEqualTo(200);
      probe.await(s -> "wageguard.alert.acknowledged.v1".equals(s.type())
          && alert1.equals(s.data().get("alertId").asString()));
      String case2 = UUID.randomUUID().toString();
      sendArrears(code, caseOpened(code, case2, 3, false));
      String alert2 = probe.await(s -> "wageguard.alert.raised.v1".equals(s.type()) && code.equals(s.key())
          && case2.equals(s.data().get("caseId").asString())).data().get("alertId").asString();

      try (SseClient resumed = stream(union, firstId, "320585")) {
        SseClient.Event missed1 = resumed.next(WITHIN);
        SseClient.Event missed2 = resumed.next(WITHIN);
        assertThat(List.of(missed1.id(), missed2.id())).containsExactly("2", "3");
        assertThat(missed1.name()).isEqualTo("wageguard.alert.acknowledged.v1");
        assertThat(JSON.readTree(missed1.data()).get("data").get("alertId").asString()).isEqualTo(alert1);
        assertThat(missed2.name()).isEqualTo("wageguard.alert.raised.v1");
        assertThat(JSON.readTree(missed2.data()).get("data").get("alertId").asString()).isEqualTo(alert2);
        ContractAssertions.assertConforms(missed1.data());

        // and then live: the next thing on the stream is the next event, nothing replayed twice
        assertThat(taicangUnion().post("/api/alerts/" + alert1 + "/resolution", "{\"note\":\"已补发\"}")
            .statusCode()).isEqualTo(200);
        SseClient.Event resolved = resumed.next(WITHIN);
        assertThat(resolved.id()).isEqualTo("4");
        assertThat(resolved.name()).isEqualTo("wageguard.alert.resolved.v1");
      }

      // the neighbouring district's stream: our enterprise's alerts never appear; a marker of its own does
      String marker = TestCreditCodes.random("320582");
      sendArrears(marker, caseOpened(marker, UUID.randomUUID().toString(), 2, false).replace("320585", "320582"));
      List<String> seenSubjects = new ArrayList<>();
      while (!seenSubjects.contains(marker)) {
        seenSubjects.add(JSON.readTree(neighbour.next(WITHIN).data()).get("subject").asString());
      }
      assertThat(seenSubjects).doesNotContain(code);
    }
  }

  @Test
  void anUnknownUnionHasNoStream_andAMalformedLastEventIdIsRejected_andNoTokenNoStream() throws Exception {
    try (SseClient unknown = stream("no-such-union", null, "320585")) {
      assertThat(unknown.status()).isEqualTo(404);
    }
    try (SseClient malformed = stream("union-320585", "abc", "320585")) {
      assertThat(malformed.status()).isEqualTo(422);
    }
    try (SseClient anonymous = new SseClient(URI.create(base() + "/api/unions/union-320585/alerts/stream"), null,
        null)) {
      assertThat(anonymous.status()).isEqualTo(401);
    }
  }

  // ---- helpers

  /** The union's stream, followed by a union account of the given jurisdiction (its bearer token sent). */
  SseClient stream(String unionId, String lastEventId, String jurisdiction) throws Exception {
    String token = TestIssuer.get().token().subject("union-" + jurisdiction).roles("UNION")
        .jurisdictions(jurisdiction).mint();
    return new SseClient(URI.create(base() + "/api/unions/" + unionId + "/alerts/stream"), lastEventId, token);
  }

  ServiceHttp taicangUnion() {
    return ServiceHttp.atPort(port).as("UNION", "320585");
  }

  void createEnterpriseUnion(String id, String code, String jurisdiction) {
    HttpResponse<String> created = ServiceHttp.atPort(port).as("ADMIN", "320500").post("/api/unions", """
        {"id":"%s","name":"企业工会 %s","kind":"ENTERPRISE_UNION","jurisdictions":["%s"],"creditCode":"%s"}"""
        .formatted(id, code, jurisdiction, code));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  static void sendArrears(String code, String data) {
    probe.send("arrears.events", code, event(UUID.randomUUID().toString(), "wageguard.arrears.case-opened.v1",
        "/wageguard/arrears-reporting", code, data));
  }

  String base() {
    return "http://localhost:" + port;
  }
}
