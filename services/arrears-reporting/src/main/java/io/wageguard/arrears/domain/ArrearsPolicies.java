package io.wageguard.arrears.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Which policy applies where: each jurisdiction's policy family (contracts/reference/jurisdictions.json),
 * falling back to its parent's, then to the default family. The parameters are configuration.
 */
public final class ArrearsPolicies {

  private final Map<String, ArrearsPolicy> byFamily;
  private final Map<String, Optional<String>> familyOfJurisdiction;
  private final Map<String, String> parentOfJurisdiction;
  private final ArrearsPolicy defaultPolicy;

  public ArrearsPolicies(Map<String, ArrearsPolicy> byFamily, Map<String, Optional<String>> familyOfJurisdiction,
      Map<String, String> parentOfJurisdiction, ArrearsPolicy defaultPolicy) {
    this.byFamily = Map.copyOf(byFamily);
    this.familyOfJurisdiction = Map.copyOf(familyOfJurisdiction);
    this.parentOfJurisdiction = Map.copyOf(parentOfJurisdiction);
    this.defaultPolicy = defaultPolicy;
  }

  public java.util.Set<String> jurisdictions() {
    return familyOfJurisdiction.keySet();
  }

  public ArrearsPolicy forJurisdiction(String jurisdiction) {
    String code = jurisdiction;
    for (int depth = 0; code != null && depth < 5; depth++) {
      Optional<String> family = familyOfJurisdiction.getOrDefault(code, Optional.empty());
      if (family.isPresent()) {
        return byFamily.getOrDefault(family.get(), ArrearsPolicy.seed(family.get()));
      }
      code = parentOfJurisdiction.get(code);
    }
    return defaultPolicy;
  }
}
