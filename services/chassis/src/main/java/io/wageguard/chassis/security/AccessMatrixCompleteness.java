package io.wageguard.chassis.security;

import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start a service whose controllers and access matrix disagree: an endpoint nobody listed would be
 * denied to everyone (a silent outage), a listed endpoint nobody maps is a stale row. Both are caught at start,
 * in every service test, not by a user.
 */
class AccessMatrixCompleteness implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AccessMatrixCompleteness.class);

  private final AccessMatrix matrix;
  private final RequestMappingHandlerMapping mappings;

  AccessMatrixCompleteness(AccessMatrix matrix, RequestMappingHandlerMapping mappings) {
    this.matrix = matrix;
    this.mappings = mappings;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Set<String> mapped = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      if (!isFrameworkHandler(handler)) {
        mapped.addAll(endpoints(info, handler));
      }
    });
    Set<String> listed = new TreeSet<>();
    matrix.rules().forEach(rule -> listed.add(rule.endpoint()));
    Set<String> unlisted = new TreeSet<>(mapped);
    unlisted.removeAll(listed);
    Set<String> stale = new TreeSet<>(listed);
    stale.removeAll(mapped);
    if (!unlisted.isEmpty() || !stale.isEmpty()) {
      throw new IllegalStateException("The access matrix does not match the controllers. Endpoints missing from"
          + " the matrix: " + unlisted + "; matrix rows no controller maps: " + stale);
    }
    log.info("access matrix (anything else is denied):{}{}", System.lineSeparator(), matrix.toTable());
  }

  private static boolean isFrameworkHandler(HandlerMethod handler) {
    String type = handler.getBeanType().getName();
    return type.startsWith("org.springframework.") || type.startsWith("org.springdoc.");
  }

  private static Set<String> endpoints(RequestMappingInfo info, HandlerMethod handler) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    if (methods.isEmpty()) {
      throw new IllegalStateException(handler + " maps every HTTP method; name the methods it serves");
    }
    Set<String> endpoints = new TreeSet<>();
    for (String pattern : info.getPatternValues()) {
      for (RequestMethod method : methods) {
        endpoints.add(method.name() + " " + pattern);
      }
    }
    return endpoints;
  }
}
