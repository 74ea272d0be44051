package io.wageguard.alerting.it;

import io.wageguard.testsupport.TestCreditCodes;
import static io.wageguard.alerting.it.AlertingIT.caseOpened;
import static io.wageguard.alerting.it.AlertingIT.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.alerting.domain.WebhookSignature;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TopicProbe;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signed webhooks, retried with back-off, every attempt logged; a hanging endpoint does not delay another union. */
@ServiceIntegrationTest
@Import(TestClock.Config.class)
class WebhookDeliveryIT {

  record Received(Map<String, String> headers, String body) {}

  static final JsonMapper JSON = JsonMapper.builder().build();
  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("alerts");
  @LocalServerPort int port;
  @Autowired MeterRegistry meters;

  @Test
  void aReceiverThatFailsTwiceGetsTheSignedEventOnTheThirdAttempt_whileAHangingEndpointKeepsFailingAlongside()
      throws Exception {
    String code = TestCreditCodes.random("320585");
    String secret = "whsec-" + UUID.randomUUID();
    String hangingSecret = "whsec-" + UUID.randomUUID();
    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger hangingCalls = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);

    HttpServer flaky = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    flaky.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    flaky.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.getFirst()));
      received.add(new Received(headers, body));
      exchange.sendResponseHeaders(calls.incrementAndGet() <= 2 ? 500 : 204, -1);
      exchange.close();
    });
    HttpServer hanging = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hanging.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    hanging.createContext("/hook", exchange -> {
      hangingCalls.incrementAndGet();
      try {
        release.await(30, TimeUnit.SECONDS); // never answers in time: the dispatcher's read timeout fires
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    flaky.start();
    hanging.start();
    try {
      String ok = "wh-ok-" + code;
      String slow = "wh-slow-" + code;
      // one webhook registered over PUT /api/unions/{id}/webhook, the other with the directory entry itself
      assertThat(admin().post("/api/unions", union(ok, code, null, null)).statusCode()).isEqualTo(201);
      HttpResponse<String> registered = taicangUnion().put("/api/unions/" + ok + "/webhook", """
          {"url":"http://127.0.0.1:%d/hook","secret":"%s"}""".formatted(flaky.getAddress().getPort(), secret));
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
      assertThat(registered.body()).contains("/hook").doesNotContain(secret);
      assertThat(admin().post("/api/unions", union(slow, code,
          "http://127.0.0.1:" + hanging.getAddress().getPort() + "/hook", hangingSecret)).statusCode())
          .isEqualTo(201);

      probe.send("arrears.events", code, event(UUID.randomUUID().toString(), "wageguard.arrears.case-opened.v1",
          "/wageguard/arrears-reporting", code, caseOpened(code, UUID.randomUUID().toString(), 2, false)));
      String eventId = probe.await(s -> "wageguard.alert.raised.v1".equals(s.type()) && code.equals(s.key()))
          .value().get("id").asString();

      await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(delivery(ok).get("status").asString()));
      // delivered while the other union's endpoint was still hanging or failing, not after it gave up
      JsonNode other = delivery(slow);
      assertThat(other.get("status").asString()).isEqualTo("PENDING");
      assertThat(hangingCalls.get()).isPositive();

      JsonNode attempts = get("/api/unions/" + ok + "/webhook/attempts");
      assertThat(attempts.valueStream().map(a -> a.get("attempt").asInt() + ":" + a.get("outcome").asString() + ":"
          + a.get("statusCode").asInt())).containsExactly("3:DELIVERED:204", "2:RETRY:500", "1:RETRY:500");
      assertThat(attempts.valueStream().map(a -> a.get("eventId").asString())).containsOnly(eventId);
      assertThat(delivery(ok).get("attempts").asInt()).isEqualTo(3);

      assertThat(received).hasSize(3);
      for (Received r : received) {
        long timestamp = Long.parseLong(r.headers().get("Wageguard-Timestamp"));
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(300);
        assertThat(WebhookSignature.verify(secret, timestamp, r.body(), r.headers().get("Wageguard-Signature")))
            .as("signature of %s", r.headers()).isTrue();
        assertThat(hmacHex(secret, timestamp + "." + r.body()))
            .isEqualTo(r.headers().get("Wageguard-Signature").substring("sha256=".length()));
        assertThat(r.headers().get("Wageguard-Event-Id")).isEqualTo(eventId);
        assertThat(r.headers().get("Content-Type")).isEqualTo("application/cloudevents+json");
        ContractAssertions.assertConforms(r.body());
        assertThat(JSON.readTree(r.body()).get("id").asString()).isEqualTo(eventId);
        // The delivery continues the alert's trace: same trace id, a span of its own.
        String alertTrace = JSON.readTree(r.body()).path("traceparent").asString();
        assertThat(alertTrace).as("the alert event carries its trace").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        assertThat(r.headers().get("traceparent")).as("traceparent header")
            .startsWith(alertTrace.substring(0, 36)).isNotEqualTo(alertTrace);
      }
      assertThat(meters.get("wageguard.alerting.webhook.deliveries").tag("outcome", "delivered").counter().count())
          .isGreaterThanOrEqualTo(1.0);

      // the hanging endpoint: every attempt times out, and after max-attempts (5 in tests) it is FAILED, visibly
      await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(delivery(slow).get("status").asString()));
      JsonNode failed = get("/api/unions/" + slow + "/webhook/deliveries?status=FAILED");
      assertThat(failed.size()).isOne();
      assertThat(failed.get(0).get("attempts").asInt()).isEqualTo(5);
      JsonNode slowAttempts = get("/api/unions/" + slow + "/webhook/attempts");
      assertThat(slowAttempts.size()).isEqualTo(5);
      assertThat(slowAttempts.get(0).get("outcome").asString()).isEqualTo("FAILED");
      assertThat(slowAttempts.valueStream().map(a -> a.get("error").asString()))
          .allMatch(e -> e.toLowerCase().contains("timeout") || e.toLowerCase().contains("timed out"));
      assertThat(meters.get("wageguard.alerting.webhook.deliveries").tag("outcome", "failed").counter().count())
          .isGreaterThanOrEqualTo(1.0);
    } finally {
      release.countDown();
      flaky.stop(0);
      hanging.stop(0);
    }
  }

  @Test
  void webhooksAreValidatedAndRemovable() throws Exception {
    String code = TestCreditCodes.random("320585");
    String id = "wh-v-" + code;
    assertThat(admin().post("/api/unions", union(id, code, null, null)).statusCode()).isEqualTo(201);
    assertThat(taicangUnion().put("/api/unions/" + id + "/webhook", "{\"url\":\"ftp://x\",\"secret\":\"short\"}")
        .statusCode()).isEqualTo(400);
    assertThat(taicangUnion().put("/api/unions/no-such-union/webhook",
        "{\"url\":\"http://127.0.0.1:1/hook\",\"secret\":\"0123456789abcdef\"}").statusCode()).isEqualTo(404);
    assertThat(taicangUnion().put("/api/unions/" + id + "/webhook",
        "{\"url\":\"http://127.0.0.1:1/hook\",\"secret\":\"0123456789abcdef\"}").statusCode()).isEqualTo(200);
    assertThat(get("/api/unions/" + id).get("webhookUrl").asString()).isEqualTo("http://127.0.0.1:1/hook");
    assertThat(taicangUnion().delete("/api/unions/" + id + "/webhook").statusCode()).isEqualTo(204);
    assertThat(get("/api/unions/" + id).get("webhookUrl").isNull()).isTrue();
    assertThat(get("/api/unions/" + id + "/webhook/attempts").size()).isZero();
    assertThat(taicangUnion().get("/api/unions/no-such-union/webhook/attempts").statusCode()).isEqualTo(404);
  }

  // ---- helpers

  JsonNode delivery(String unionId) throws Exception {
    JsonNode all = get("/api/unions/" + unionId + "/webhook/deliveries");
    return all.isEmpty() ? JSON.readTree("{\"status\":\"NONE\"}") : all.get(0);
  }

  static String union(String id, String code, String url, String secret) {
    String webhook = url == null ? "" : ",\"webhook\":{\"url\":\"%s\",\"secret\":\"%s\"}".formatted(url, secret);
    return """
        {"id":"%s","name":"企业工会","kind":"ENTERPRISE_UNION","jurisdictions":["320585"],"creditCode":"%s"%s}"""
        .formatted(id, code, webhook);
  }

  static String hmacHex(String secret, String text) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Reads as Taicang's union, which reaches the test unions (all of Taicang). */
  JsonNode get(String path) throws Exception {
    HttpResponse<String> response = taicangUnion().get(path);
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** A union manages its own webhook; the directory entry is the admin's. */
  ServiceHttp taicangUnion() {
    return ServiceHttp.atPort(port).as("UNION", "320585");
  }

  ServiceHttp admin() {
    return ServiceHttp.atPort(port).as("ADMIN", "320500");
  }
}
