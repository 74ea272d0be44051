package io.wageguard.chassis.security;

import static io.wageguard.chassis.security.AccessMatrix.allow;
import static io.wageguard.chassis.security.AccessRule.Reach.JURISDICTION;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class AccessMatrixCompletenessTest {

  @RestController
  static class Cases {
    @GetMapping("/api/cases/{caseId}")
    String read() {
      return "";
    }

    @PostMapping("/api/cases")
    String open() {
      return "";
    }
  }

  static RequestMappingHandlerMapping mappingsOf(Class<?> controller) {
    GenericWebApplicationContext context = new GenericWebApplicationContext();
    context.registerBean(controller);
    context.refresh();
    RequestMappingHandlerMapping mappings = new RequestMappingHandlerMapping();
    mappings.setApplicationContext(context);
    mappings.afterPropertiesSet();
    return mappings;
  }

  @Test
  void aMatrixListingExactlyTheControllersEndpointsIsAccepted() {
    AccessMatrix matrix = AccessMatrix.of(
        allow(GET, "/api/cases/{caseId}", JURISDICTION, Role.UNION),
        allow(POST, "/api/cases", JURISDICTION, Role.LABOUR_BUREAU));
    assertThatCode(() -> new AccessMatrixCompleteness(matrix, mappingsOf(Cases.class)).afterSingletonsInstantiated())
        .doesNotThrowAnyException();
  }

  @Test
  void anEndpointMissingFromTheMatrixStopsTheServiceFromStarting() {
    AccessMatrix matrix = AccessMatrix.of(allow(GET, "/api/cases/{caseId}", JURISDICTION, Role.UNION));
    assertThatThrownBy(() -> new AccessMatrixCompleteness(matrix, mappingsOf(Cases.class)).afterSingletonsInstantiated())
        .hasMessageContaining("missing from the matrix: [POST /api/cases]");
  }

  @Test
  void aRowNoControllerMapsStopsTheServiceFromStarting() {
    AccessMatrix matrix = AccessMatrix.of(
        allow(GET, "/api/cases/{caseId}", JURISDICTION, Role.UNION),
        allow(POST, "/api/cases", JURISDICTION, Role.LABOUR_BUREAU),
        allow(POST, "/api/cases/{id}/close", JURISDICTION, Role.LABOUR_BUREAU));
    assertThatThrownBy(() -> new AccessMatrixCompleteness(matrix, mappingsOf(Cases.class)).afterSingletonsInstantiated())
        .hasMessageContaining("no controller maps: [POST /api/cases/{id}/close]");
  }
}
