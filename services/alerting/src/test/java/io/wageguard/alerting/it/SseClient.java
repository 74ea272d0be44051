package io.wageguard.alerting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A minimal Server-Sent Events client over java.net.http: events are parsed on a reader thread into a queue. */
final class SseClient implements AutoCloseable {

  record Event(String id, String name, String data) {}

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final HttpResponse<Stream<String>> response;
  private final Thread reader;

  /** Opens the stream with the bearer token of the account following it (null: none, to see the 401). */
  SseClient(URI uri, String lastEventId, String bearerToken) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    reader = Thread.ofVirtual().start(this::read);
  }

  int status() {
    return response.statusCode();
  }

  String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private void read() {
    String id = null;
    String name = null;
    List<String> data = new ArrayList<>();
    try {
      for (String line : (Iterable<String>) response.body()::iterator) {
        if (line.isEmpty()) {
          if (!data.isEmpty()) {
            events.add(new Event(id, name, String.join("\n", data)));
          }
          id = null;
          name = null;
          data.clear();
          continue;
        }
        if (line.startsWith(":")) {
          continue; // comment (heartbeat)
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
          value = value.substring(1);
        }
        switch (field) {
          case "id" -> id = value;
          case "event" -> name = value;
          case "data" -> data.add(value);
          default -> { }
        }
      }
    } catch (RuntimeException closed) {
      // the stream was closed by the test
    }
  }

  /** The next event, failing the test if none comes within the time. */
  Event next(Duration within) throws InterruptedException {
    Event event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(event).as("an SSE event within %s", within).isNotNull();
    return event;
  }

  @Override
  public void close() {
    response.body().close();
    reader.interrupt();
  }
}
