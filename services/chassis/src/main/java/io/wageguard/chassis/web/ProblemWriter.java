package io.wageguard.chassis.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for the filters that answer before Spring MVC
 * (security, request size); inside MVC, {@link ProblemDetailsAdvice} does it. Same fields either way.
 */
public final class ProblemWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemWriter() {}

  public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
      String detail, String instance) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", ProblemDetailsAdvice.TYPE_BASE + type);
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", instance);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
