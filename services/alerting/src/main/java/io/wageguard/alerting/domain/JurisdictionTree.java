package io.wageguard.alerting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GB/T 2260 hierarchy (from contracts/reference/jurisdictions.json): city → districts and county-level
 * cities. Township codes (9 digits, GB/T 10114) belong to the 6-digit division they start with.
 */
public final class JurisdictionTree {

  private final Map<String, String> parents;
  private final Map<String, String> names;

  public JurisdictionTree(Map<String, String> parents, Map<String, String> names) {
    this.parents = Map.copyOf(parents);
    this.names = Map.copyOf(names);
  }

  public String parentOf(String code) {
    if (code == null) {
      return null;
    }
    if (code.length() > 6) {
      return code.substring(0, 6);
    }
    return parents.get(code);
  }

  /** The code itself, then its parent, up to the root. */
  public List<String> chain(String code) {
    List<String> chain = new ArrayList<>();
    for (String at = code; at != null && !chain.contains(at) && chain.size() < 10; at = parentOf(at)) {
      chain.add(at);
    }
    return chain;
  }

  /** True when {@code code} is {@code ancestor} or lies inside it. */
  public boolean isWithin(String code, String ancestor) {
    return chain(code).contains(ancestor);
  }

  public boolean isKnown(String code) {
    return code != null && (names.containsKey(code) || (code.length() > 6 && names.containsKey(code.substring(0, 6))));
  }

  public String nameOf(String code) {
    return names.getOrDefault(code, code);
  }
}
