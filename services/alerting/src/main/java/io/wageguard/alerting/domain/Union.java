package io.wageguard.alerting.domain;

import java.util.List;
import java.util.Objects;

/**
 * A directory entry: a union (enterprise, town, district, city federation), a labour bureau, or another
 * department. {@code jurisdictions} are the GB/T 2260 codes it covers (descendants included: a district
 * union covers its towns); {@code jointMeetingOf} the jurisdictions whose joint meeting (TC-8) it sits on.
 */
public record Union(String id, String name, String nameEn, UnionKind kind, List<String> jurisdictions,
    String creditCode, String department, List<String> jointMeetingOf) {

  public Union {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    jointMeetingOf = jointMeetingOf == null ? List.of() : List.copyOf(jointMeetingOf);
  }

  public boolean covers(String jurisdiction, JurisdictionTree tree) {
    return jurisdictions.stream().anyMatch(covered -> tree.isWithin(jurisdiction, covered));
  }
}
