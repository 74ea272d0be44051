package io.wageguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * REST calls to a service under test as one caller: {@code ServiceHttp.atPort(port).as("UNION", "320585").get("/api/alerts")}.
 * The one HTTP helper for integration tests; responses come back whatever their status, for the test to assert.
 */
public final class ServiceHttp {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String baseUrl;
  private final String token;

  private ServiceHttp(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  public static ServiceHttp at(String baseUrl) {
    return new ServiceHttp(baseUrl, null);
  }

  public static ServiceHttp atPort(int port) {
    return at("http://127.0.0.1:" + port);
  }

  /** The same service, with this bearer token on every request. */
  public ServiceHttp withToken(String bearerToken) {
    return new ServiceHttp(baseUrl, bearerToken);
  }

  /** The same service, as a test account with these roles and jurisdictions (minted by the {@link TestIssuer}). */
  public ServiceHttp as(String role, String... jurisdictions) {
    return withToken(TestIssuer.get().token().subject("test-" + role.toLowerCase()).roles(role)
        .jurisdictions(jurisdictions).mint());
  }

  public String baseUrl() {
    return baseUrl;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(path, "POST", "application/json", json);
  }

  public HttpResponse<String> put(String path, String json) {
    return send(path, "PUT", "application/json", json);
  }

  public HttpResponse<String> patch(String path, String json) {
    return send(path, "PATCH", "application/json", json);
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> send(String path, String method, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A request to build on (extra headers, another body handler), already carrying the token. */
  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
