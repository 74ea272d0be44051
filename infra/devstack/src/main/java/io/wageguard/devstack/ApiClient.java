package io.wageguard.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one way programs outside the services (the demo, system tests, benchmarks) call a running devstack's
 * REST APIs: by service name and path, as one account. Every request carries that account's bearer token once
 * the devstack runs an issuer (issue 7); the supplier is asked per request so an expired token is replaced.
 */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RunningDevstack stack;
    private final HttpClient http;
    private final Supplier<Optional<String>> bearerToken;
    private final Map<String, String> headers;

    ApiClient(RunningDevstack stack, HttpClient http, Supplier<Optional<String>> bearerToken) {
        this(stack, http, bearerToken, Map.of());
    }

    private ApiClient(RunningDevstack stack, HttpClient http, Supplier<Optional<String>> bearerToken,
                      Map<String, String> headers) {
        this.stack = stack;
        this.http = http;
        this.bearerToken = bearerToken;
        this.headers = Map.copyOf(headers);
    }

    /** The same account, with one more header on every request (e.g. a W3C {@code traceparent}). */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(stack, http, bearerToken, more);
    }

    public HttpResponse<String> get(String service, String path) {
        return send(request(service, path).GET());
    }

    public HttpResponse<String> post(String service, String path, String json) {
        return send(request(service, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String service, String path, String json) {
        return send(request(service, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patch(String service, String path, String json) {
        return send(request(service, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String service, String path) {
        return send(request(service, path).DELETE());
    }

    /** A POST that does not wait for the answer, for load generators; the body is discarded. */
    public CompletableFuture<HttpResponse<Void>> postAsync(String service, String path, String json) {
        return http.sendAsync(request(service, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** A request with any content type, e.g. {@code text/csv} for an import. */
    public HttpResponse<String> send(String service, String path, String method, String contentType, String body) {
        return send(request(service, path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String service, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(stack.serviceUrl(service) + path))
                .timeout(TIMEOUT);
        headers.forEach(builder::header);
        bearerToken.get().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while calling the API", e);
        }
    }
}
