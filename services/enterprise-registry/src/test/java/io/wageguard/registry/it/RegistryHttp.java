package io.wageguard.registry.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the ITs. */
final class RegistryHttp {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  RegistryHttp(int port) {
    this.port = port;
  }

  HttpResponse<String> send(String method, String path, String contentType, String body, String actor)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (actor != null) {
      request.header("X-Actor", actor);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return send("POST", path, "application/json", json, null);
  }

  HttpResponse<String> post(String path, String json, String actor) throws Exception {
    return send("POST", path, "application/json", json, actor);
  }

  HttpResponse<String> patch(String path, String json, String actor) throws Exception {
    return send("PATCH", path, "application/json", json, actor);
  }

  HttpResponse<String> get(String path) throws Exception {
    return send("GET", path, null, null, null);
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static String registration(String code, String jurisdiction, String premises, int headcount) {
    return """
        {"creditCode":"%s","name":"太仓恒通精密机械有限公司","legalRepresentative":"顾建华",
         "address":"江苏省太仓市城厢镇太平北路88号","jurisdiction":"%s","sector":"PRODUCTION",
         "premises":"%s","headcount":%d,"hasOwnUnion":true}""".formatted(code, jurisdiction, premises, headcount);
  }
}
