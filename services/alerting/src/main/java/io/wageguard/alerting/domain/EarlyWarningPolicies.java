package io.wageguard.alerting.domain;

import java.util.Map;

/** The default policy and each jurisdiction's own; a jurisdiction without one uses its nearest ancestor's. */
public record EarlyWarningPolicies(EarlyWarningPolicy fallback, Map<String, EarlyWarningPolicy> byJurisdiction) {

  public EarlyWarningPolicies {
    byJurisdiction = Map.copyOf(byJurisdiction);
  }

  public EarlyWarningPolicy forJurisdiction(String jurisdiction, JurisdictionTree tree) {
    for (String code : tree.chain(jurisdiction)) {
      EarlyWarningPolicy own = byJurisdiction.get(code);
      if (own != null) {
        return own;
      }
    }
    return fallback;
  }
}
