package io.wageguard.arrears.config;

import io.wageguard.arrears.adapter.mongo.CaseDocument;
import io.wageguard.arrears.adapter.mongo.EnterpriseArrearsDocument;
import io.wageguard.arrears.adapter.mongo.RejectionDocument;
import io.wageguard.arrears.domain.ArrearsPolicies;
import io.wageguard.arrears.domain.ArrearsPolicy;
import io.wageguard.arrears.domain.SubmissionValidator;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.contracts.ContractPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Configuration
@EnableConfigurationProperties(ArrearsProperties.class)
public class ArrearsConfiguration {

  /** Jurisdictions and their policy families, from contracts/reference/jurisdictions.json; parameters from configuration. */
  @Bean
  ArrearsPolicies arrearsPolicies(ArrearsProperties properties) {
    Map<String, Optional<String>> family = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContractPaths.JURISDICTIONS)) {
      if (in == null) {
        throw new IllegalStateException("not on the classpath: " + ContractPaths.JURISDICTIONS);
      }
      JsonNode root = JsonMapper.builder().build().readTree(in);
      for (JsonNode j : root.required("jurisdictions").values()) {
        String code = j.required("code").asString();
        JsonNode policy = j.path("policy");
        family.put(code, policy.isString() ? Optional.of(policy.asString()) : Optional.empty());
        if (j.path("parent").isString()) {
          parent.put(code, j.path("parent").asString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, ArrearsPolicy> byFamily = new HashMap<>();
    properties.policies().forEach((name, p) -> byFamily.put(name, p.toPolicy(name)));
    String defaultFamily = properties.defaultPolicy();
    ArrearsPolicy fallback = byFamily.getOrDefault(defaultFamily, ArrearsPolicy.seed(defaultFamily));
    return new ArrearsPolicies(byFamily, family, parent, fallback);
  }

  @Bean
  SubmissionValidator submissionValidator(ArrearsPolicies policies) {
    return new SubmissionValidator(policies.jurisdictions());
  }

  /** Every collection whose documents carry an outbox is relayed. */
  @Bean
  ApplicationRunner registerOutboxes(OutboxRelay relay) {
    return args -> {
      relay.register(CaseDocument.COLLECTION);
      relay.register(RejectionDocument.COLLECTION);
      relay.register(EnterpriseArrearsDocument.COLLECTION);
    };
  }
}
