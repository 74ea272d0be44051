package io.wageguard.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls every endpoint of a service's access matrix as every role, and without a token, and reports each answer
 * that contradicts the matrix: a listed role must get past authorization (any status but 401 and the matrix's
 * 403), an unlisted role must get the matrix's 403, no token must get 401. Requests carry an empty JSON object,
 * so allowed calls usually end in a validation problem: what matters here is only who got past the door.
 */
public final class AccessMatrixCheck {

  /** Every role a token can carry (the chassis' Role enum; test-support cannot depend on the chassis). */
  public static final List<String> ROLES =
      List.of("LABOUR_BUREAU", "UNION", "AUDITOR", "ENTERPRISE", "BANK", "ADMIN", "MONITORING");

  /** The problem type of a 403 from the access matrix (SecurityChassisConfiguration's ProblemResponses). */
  private static final String MATRIX_DENIAL = "\"type\":\"https://wageguard.io/problems/forbidden\"";
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One row of the matrix as the service declares it. */
  public record Row(String method, String path, Set<String> roles) {}

  private AccessMatrixCheck() {}

  /**
   * @param pathValues values for path variables by name (e.g. {@code creditCode}); unnamed ones get "x"
   * @return one line per contradiction, empty when the service enforces its matrix exactly
   */
  public static List<String> contradictions(String baseUrl, List<Row> rows, Map<String, String> pathValues,
      String creditCode) {
    TestIssuer issuer = TestIssuer.get();
    List<String> found = new ArrayList<>();
    for (Row row : rows) {
      String path = fill(row.path(), pathValues);
      Answer anonymous = call(baseUrl, row.method(), path, null);
      if (anonymous.status() != 401) {
        found.add(row.method() + " " + row.path() + " without a token: " + anonymous.status() + ", expected 401");
      }
      for (String role : ROLES) {
        String token = issuer.token().subject("matrix-" + role.toLowerCase()).roles(role)
            .jurisdictions("320500").creditCode("ENTERPRISE".equals(role) ? creditCode : null).mint();
        Answer answer = call(baseUrl, row.method(), path, token);
        boolean deniedByMatrix = answer.status() == 403 && answer.body().contains(MATRIX_DENIAL);
        boolean allowed = row.roles().contains(role);
        if (answer.status() == 401) {
          found.add(row.method() + " " + row.path() + " as " + role + ": 401 with a valid token");
        } else if (allowed && deniedByMatrix) {
          found.add(row.method() + " " + row.path() + " as " + role + ": denied, but the matrix allows it");
        } else if (!allowed && !deniedByMatrix) {
          found.add(row.method() + " " + row.path() + " as " + role + ": " + answer.status()
              + ", but the matrix denies it");
        }
      }
    }
    return found;
  }

  private record Answer(int status, String body) {}

  private static String fill(String path, Map<String, String> values) {
    Matcher matcher = VARIABLE.matcher(path);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "x")));
    }
    return matcher.appendTail(filled).toString();
  }

  /** Reads the body only of error answers: an allowed event stream would never end. */
  private static Answer call(String baseUrl, String method, String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .method(method, method.equals("GET") || method.equals("DELETE")
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        String text = response.statusCode() >= 400
            ? new String(body.readAllBytes(), StandardCharsets.UTF_8) : "";
        return new Answer(response.statusCode(), text);
      }
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
