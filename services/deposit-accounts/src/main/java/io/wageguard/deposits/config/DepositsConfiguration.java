package io.wageguard.deposits.config;

import io.wageguard.deposits.domain.PolicyBook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DepositsConfiguration {

  /** Policies are data: every file matching the pattern is one version of one jurisdiction's policy. */
  @Bean
  PolicyBook policyBook(@Value("${wageguard.deposits.policies:classpath*:policies/*.yml}") String pattern) {
    return PolicyLoader.load(pattern);
  }
}
