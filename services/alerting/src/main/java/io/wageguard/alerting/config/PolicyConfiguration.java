package io.wageguard.alerting.config;

import io.wageguard.alerting.domain.AlertLevel;
import io.wageguard.alerting.domain.EarlyWarningPolicies;
import io.wageguard.alerting.domain.EarlyWarningPolicy;
import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.RecipientRole;
import io.wageguard.alerting.domain.Signal;
import io.wageguard.contracts.ContractPaths;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the policy data and the jurisdiction hierarchy at start-up. */
@Configuration
public class PolicyConfiguration {

  private static final JsonMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Bean
  JurisdictionTree jurisdictionTree() throws IOException {
    try (InputStream in = new ClassPathResource(ContractPaths.JURISDICTIONS).getInputStream()) {
      return readTree(JSON.readTree(in));
    }
  }

  static JurisdictionTree readTree(JsonNode root) {
    Map<String, String> parents = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (JsonNode j : root.path("jurisdictions")) {
      String code = j.path("code").asString();
      String parent = j.path("parent").isString() ? j.path("parent").asString() : null;
      if (parent != null) {
        parents.put(code, parent);
      }
      names.put(code, j.path("name").asString(code));
    }
    return new JurisdictionTree(parents, names);
  }

  /** A policy field left out of a jurisdiction's entry is taken from the default. */
  record PolicySpec(String version, Map<String, String> levels, Integer repeatedMissFrom,
      String repeatedMissLevel, Boolean groupArrearsRaises, Integer groupArrearsThreshold,
      Map<String, List<String>> routes, String escalateAfter) {}

  record PolicyFile(@com.fasterxml.jackson.annotation.JsonProperty("default") PolicySpec defaults,
      Map<String, PolicySpec> jurisdictions) {}

  @Bean
  EarlyWarningPolicies earlyWarningPolicies(
      @Value("${wageguard.alerting.policy-file:classpath:early-warning-policy.json}") Resource file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return read(JSON.readValue(in, PolicyFile.class));
    }
  }

  static EarlyWarningPolicies read(PolicyFile file) {
    EarlyWarningPolicy fallback = merge(EarlyWarningPolicy.defaults(), file.defaults());
    Map<String, EarlyWarningPolicy> own = new LinkedHashMap<>();
    if (file.jurisdictions() != null) {
      file.jurisdictions().forEach((code, spec) -> own.put(code, merge(fallback, spec)));
    }
    return new EarlyWarningPolicies(fallback, own);
  }

  static EarlyWarningPolicy merge(EarlyWarningPolicy base, PolicySpec spec) {
    if (spec == null) {
      return base;
    }
    Map<Signal, AlertLevel> levels = new EnumMap<>(base.levels());
    if (spec.levels() != null) {
      spec.levels().forEach((signal, level) -> levels.put(Signal.of(signal), AlertLevel.valueOf(level)));
    }
    Map<Signal, List<RecipientRole>> routes = new EnumMap<>(base.routes());
    if (spec.routes() != null) {
      spec.routes().forEach((signal, roles) ->
          routes.put(Signal.of(signal), roles.stream().map(RecipientRole::valueOf).toList()));
    }
    return new EarlyWarningPolicy(
        spec.version() != null ? spec.version() : base.version(),
        levels,
        spec.repeatedMissLevel() != null ? AlertLevel.valueOf(spec.repeatedMissLevel()) : base.repeatedMissLevel(),
        spec.repeatedMissFrom() != null ? spec.repeatedMissFrom() : base.repeatedMissFrom(),
        spec.groupArrearsRaises() != null ? spec.groupArrearsRaises() : base.groupArrearsRaises(),
        spec.groupArrearsThreshold() != null ? spec.groupArrearsThreshold() : base.groupArrearsThreshold(),
        routes,
        spec.escalateAfter() != null ? Duration.parse(spec.escalateAfter()) : base.escalateAfter());
  }
}
