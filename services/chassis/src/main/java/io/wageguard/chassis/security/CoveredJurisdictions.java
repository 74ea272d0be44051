package io.wageguard.chassis.security;

import io.wageguard.contracts.ContractPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which jurisdictions a token's codes cover: each code itself and every division below it in contracts'
 * jurisdictions.json (a union of Suzhou City, 320500, covers Taicang, 320585). Read once.
 */
public final class CoveredJurisdictions {

  private static final CoveredJurisdictions OFFICIAL = load();

  /** code → parent code, for every listed division that has a parent. */
  private final Map<String, String> parentOf;
  private final Set<String> all;

  CoveredJurisdictions(Map<String, String> parentOf) {
    this(parentOf, Set.of());
  }

  private CoveredJurisdictions(Map<String, String> parentOf, Set<String> all) {
    this.parentOf = Map.copyOf(parentOf);
    Set<String> codes = new LinkedHashSet<>(all);
    codes.addAll(parentOf.keySet());
    codes.addAll(parentOf.values());
    this.all = Set.copyOf(codes);
  }

  /** Every listed division: what a record about all jurisdictions (a calendar change) is filed under. */
  public Set<String> all() {
    return all;
  }

  public static CoveredJurisdictions official() {
    return OFFICIAL;
  }

  /** The claimed codes and all their descendants. */
  public Set<String> expand(Collection<String> claimed) {
    Set<String> covered = new LinkedHashSet<>(claimed);
    for (String code : parentOf.keySet()) {
      for (String ancestor = parentOf.get(code); ancestor != null; ancestor = parentOf.get(ancestor)) {
        if (claimed.contains(ancestor)) {
          covered.add(code);
          break;
        }
      }
    }
    return Set.copyOf(covered);
  }

  private static CoveredJurisdictions load() {
    try (InputStream in = CoveredJurisdictions.class.getClassLoader()
        .getResourceAsStream(ContractPaths.JURISDICTIONS)) {
      if (in == null) {
        throw new IllegalStateException(ContractPaths.JURISDICTIONS + " is not on the classpath");
      }
      Map<String, String> parentOf = new HashMap<>();
      Set<String> all = new LinkedHashSet<>();
      for (JsonNode jurisdiction : JsonMapper.builder().build().readTree(in).path("jurisdictions")) {
        all.add(jurisdiction.path("code").asString());
        JsonNode parent = jurisdiction.path("parent");
        if (parent.isString()) {
          parentOf.put(jurisdiction.path("code").asString(), parent.asString());
        }
      }
      return new CoveredJurisdictions(parentOf, all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
