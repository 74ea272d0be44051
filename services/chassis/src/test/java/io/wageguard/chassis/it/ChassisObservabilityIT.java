package io.wageguard.chassis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TopicProbe;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Traces cross the outbox; lag, latency histograms and the outbox meters are on /actuator/prometheus. */
@ServiceIntegrationTest
class ChassisObservabilityIT {

  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("arrears.events");
  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theTraceOfTheRequestContinuesThroughTheOutboxIntoTheKafkaRecord() throws Exception {
    String traceId = randomHex(16);
    String callerSpan = randomHex(8);
    String id = "traced-" + UUID.randomUUID();
    HttpResponse<String> response = http.send(service().request("/things")
        .header("Content-Type", "application/json")
        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\",\"count\":1}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);

    TopicProbe.Seen seen = probe.await(s -> (id + "-created").equals(s.value().path("id").asString()));
    // The KafkaTemplate's span (a child in the same trace, published later by the relay thread).
    assertThat(seen.headers().get("traceparent")).startsWith("00-" + traceId + "-")
        .doesNotContain(callerSpan);
    // The CloudEvents distributed-tracing extension: the context the event was emitted in.
    assertThat(seen.value().path("traceparent").asString()).startsWith("00-" + traceId + "-");
  }

  @Test
  void anEventEmittedOutsideAnyTraceStartsItsOwn() throws Exception {
    String id = "untraced-" + UUID.randomUUID();
    assertThat(post("/things", "{\"id\":\"" + id + "\",\"count\":1}").statusCode()).isEqualTo(200);
    TopicProbe.Seen seen = probe.await(s -> (id + "-created").equals(s.value().path("id").asString()));
    assertThat(seen.headers().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
  }

  @Test
  void prometheusShowsConsumerLagLatencyHistogramsAndOutboxMeters() throws Exception {
    assertThat(post("/things", "{\"id\":\"m-" + UUID.randomUUID() + "\",\"count\":1}").statusCode())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      String metrics = get("/actuator/prometheus").body();
      assertThat(metrics)
          .contains("kafka_consumer_fetch_manager_records_lag_max")
          .contains("http_server_requests_seconds_bucket")
          .contains("wageguard_outbox_backlog")
          .contains("wageguard_outbox_published_total")
          .contains("wageguard_outbox_publish_seconds_count")
          .contains("spring_kafka_template_seconds_bucket");
    });
  }

  private ServiceHttp service() {
    return ServiceHttp.atPort(port).as("LABOUR_BUREAU", "320500");
  }

  private HttpResponse<String> post(String path, String json) {
    return service().post(path, json);
  }

  private HttpResponse<String> get(String path) {
    return ServiceHttp.atPort(port).as("MONITORING").get(path);
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    random[0] |= 1; // never all zeros (an invalid id)
    return HexFormat.of().formatHex(random);
  }
}
