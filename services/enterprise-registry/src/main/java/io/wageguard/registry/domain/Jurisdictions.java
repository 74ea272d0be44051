package io.wageguard.registry.domain;

import java.util.Set;

/** The GB/T 2260 division codes the system knows (contracts/reference/jurisdictions.json). */
public record Jurisdictions(Set<String> codes) {

  public static final String RULE = "GB/T2260";

  public Jurisdictions {
    codes = Set.copyOf(codes);
  }

  public boolean knows(String code) {
    return code != null && codes.contains(code);
  }
}
