package io.wageguard.arrears.config;

import io.wageguard.arrears.domain.ArrearsPolicy;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wageguard.arrears.*}: the policy parameters per policy family (versioned data, not code) and the
 * family used where a jurisdiction names none.
 */
@ConfigurationProperties("wageguard.arrears")
public record ArrearsProperties(Map<String, Policy> policies, @DefaultValue("SUZHOU_DEFAULT") String defaultPolicy) {

  public ArrearsProperties {
    policies = policies == null ? Map.of() : Map.copyOf(policies);
  }

  public record Policy(@DefaultValue("1") int version, @DefaultValue("5") int reportDays,
                       @DefaultValue("30") int maxDeferralDays, @DefaultValue("10") int groupArrearsWorkers,
                       @DefaultValue("2") int monthsInRow, @DefaultValue("3") int monthsInTotal,
                       @DefaultValue("24") int windowMonths) {
    ArrearsPolicy toPolicy(String name) {
      return new ArrearsPolicy(name, version, reportDays, maxDeferralDays, groupArrearsWorkers, monthsInRow,
          monthsInTotal, windowMonths);
    }
  }
}
