package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.WebhookSender;
import io.wageguard.alerting.application.WebhookSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/** POSTs webhook deliveries: short connect and read timeouts, redirects never followed, the answer's body ignored. */
@Component
public class WebhookClient implements WebhookSender {

  private final HttpClient http;
  private final Duration readTimeout;

  public WebhookClient(WebhookSettings settings) {
    this.readTimeout = settings.readTimeout();
    this.http = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .build();
  }

  @Override
  public int post(String url, Map<String, String> headers, String body) throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
        .timeout(readTimeout)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
