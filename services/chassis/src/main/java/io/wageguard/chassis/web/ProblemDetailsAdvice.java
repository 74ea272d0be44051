package io.wageguard.chassis.web;

import io.wageguard.chassis.rules.Conflict;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error on REST is an RFC 9457 problem. Validation problems carry {@code violations}: the field,
 * the rule broken and a message, so a caller can fix the request without reading our code. Bodies never
 * carry stack traces or internal class names. The one place that answers the refusals of
 * {@code io.wageguard.chassis.rules} for every service: {@link RuleBroken} 422, {@link NotFound} 404,
 * {@link OutsideJurisdiction} 403, {@link Conflict} 409 with the existing record's location.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before UnexpectedFailureAdvice, the last resort, whatever the registration order
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  public static final String TYPE_BASE = "https://wageguard.io/problems/";
  /** Where every service's REST resources live: {@code /api/{collection}/{id}}. */
  public static final String API_BASE = "/api/";

  @ExceptionHandler(RuleBroken.class)
  ProblemDetail ruleBroken(RuleBroken e) {
    return violations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "The request breaks a rule",
        e.violations());
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  /** Method validation outside Spring MVC's own (e.g. a @Validated service bean): still the caller's mistake. */
  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolated(ConstraintViolationException e) {
    List<Violation> found = e.getConstraintViolations().stream()
        .map(v -> new Violation(lastNode(v.getPropertyPath().toString()), "schema", v.getMessage()))
        .sorted(java.util.Comparator.comparing(Violation::field)).toList();
    return violations(HttpStatus.BAD_REQUEST, "validation", "The request is not valid", found);
  }

  private static String lastNode(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  @ExceptionHandler(OutsideJurisdiction.class)
  ProblemDetail outsideJurisdiction(OutsideJurisdiction e) {
    return problem(HttpStatus.FORBIDDEN, "outside-jurisdiction", "Outside your jurisdictions", e.getMessage());
  }

  /** A 409 pointing at the record that is in the way: {@code existing} in the body and {@code Location}. */
  @ExceptionHandler(Conflict.class)
  ResponseEntity<ProblemDetail> conflict(Conflict e) {
    URI existing = URI.create(API_BASE + e.collection() + "/" + e.id());
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "Already exists", e.getMessage());
    problem.setProperty("existing", existing);
    return ResponseEntity.status(HttpStatus.CONFLICT).location(existing).body(problem);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
    return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
        "The record was changed by someone else meanwhile; read it again and retry.");
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
        : String.valueOf(e.getPropertyName());
    Class<?> type = e.getRequiredType();
    String message = type != null && type.isEnum()
        ? "'" + e.getValue() + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
            .collect(Collectors.joining(", "))
        : "'" + e.getValue() + "' has the wrong type or format";
    return ResponseEntity.badRequest().body(violations(HttpStatus.BAD_REQUEST, "validation",
        "The request is not valid", List.of(new Violation(field, "schema", message))));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Violation> found = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new Violation(error.getField(), "schema", error.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest().body(
        violations(HttpStatus.BAD_REQUEST, "validation", "The request is not valid", found));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Violation> found = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> new Violation(result.getMethodParameter().getParameterName(), "schema",
                error.getDefaultMessage())))
        .toList();
    return ResponseEntity.badRequest().body(
        violations(HttpStatus.BAD_REQUEST, "validation", "The request is not valid", found));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = "body";
    String message = "the body is not readable JSON";
    if (e.getCause() instanceof JacksonException jackson) {
      if (!jackson.getPath().isEmpty()) {
        field = jackson.getPath().stream()
            .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining(".")).replace(".[", "[");
        message = "has a value of the wrong type or format";
      }
      if (jackson instanceof UnrecognizedPropertyException) {
        message = "is not a known field";
      } else if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null
          && invalid.getTargetType().isEnum()) {
        message = "'" + invalid.getValue() + "' is not one of " + Arrays.stream(
            invalid.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
      }
    }
    return ResponseEntity.badRequest().body(violations(HttpStatus.BAD_REQUEST, "validation",
        "The request is not valid", List.of(new Violation(field, "schema", message))));
  }

  public static ProblemDetail violations(HttpStatus status, String type, String title, List<Violation> found) {
    String detail = found.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    ProblemDetail problem = problem(status, type, title, detail);
    problem.setProperty("violations", found);
    return problem;
  }

  public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }
}
