package io.wageguard.alerting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes an alert to recipients by role over the union directory. A recipient is only ever chosen from
 * the entries covering the alert's jurisdiction, so a union never receives a neighbour's alerts.
 */
public final class Routing {

  private final List<Union> directory;
  private final JurisdictionTree tree;

  public Routing(List<Union> directory, JurisdictionTree tree) {
    this.directory = List.copyOf(directory);
    this.tree = tree;
  }

  public List<Recipient> route(List<RecipientRole> roles, String creditCode, String jurisdiction,
      EnterpriseView enterprise) {
    Map<String, Recipient> chosen = new LinkedHashMap<>();
    String where = enterprise != null && enterprise.town() != null && tree.isWithin(enterprise.town(), jurisdiction)
        ? enterprise.town() : jurisdiction;
    for (RecipientRole role : roles) {
      switch (role) {
        case ENTERPRISE_UNION -> enterpriseUnion(creditCode, enterprise).forEach(r -> chosen.putIfAbsent(r.unionId(), r));
        case DISTRICT_UNION, TOWN_UNION -> {
          // a district union covers its towns: the town's own union (if the enterprise's town is known) and the district's
          nearest(where, UnionKind.TOWN_UNION).forEach(u -> add(chosen, u, RecipientRole.TOWN_UNION));
          nearest(jurisdiction, UnionKind.DISTRICT_UNION).forEach(u -> add(chosen, u, RecipientRole.DISTRICT_UNION));
        }
        case CITY_FEDERATION -> nearest(jurisdiction, UnionKind.CITY_FEDERATION)
            .forEach(u -> add(chosen, u, RecipientRole.CITY_FEDERATION));
        case LABOUR_BUREAU -> nearest(jurisdiction, UnionKind.LABOUR_BUREAU)
            .forEach(u -> add(chosen, u, RecipientRole.LABOUR_BUREAU));
        case JOINT_MEETING -> jointMeeting(jurisdiction).forEach(u -> add(chosen, u, RecipientRole.JOINT_MEETING));
        case UNROUTED -> { }
      }
    }
    if (chosen.isEmpty()) {
      // Never drop an alert: no entry covers the jurisdiction, so say so and let the board show it.
      return List.of(new Recipient("unrouted-" + jurisdiction, "no recipient covers " + jurisdiction,
          RecipientRole.UNROUTED));
    }
    return List.copyOf(chosen.values());
  }

  private static void add(Map<String, Recipient> chosen, Union union, RecipientRole role) {
    chosen.putIfAbsent(union.id(), new Recipient(union.id(), union.name(), role));
  }

  private List<Recipient> enterpriseUnion(String creditCode, EnterpriseView enterprise) {
    List<Recipient> found = new ArrayList<>();
    for (Union union : directory) {
      if (union.kind() == UnionKind.ENTERPRISE_UNION && creditCode.equals(union.creditCode())) {
        found.add(new Recipient(union.id(), union.name(), RecipientRole.ENTERPRISE_UNION));
      }
    }
    if (found.isEmpty() && enterprise != null && enterprise.hasOwnUnion()) {
      String name = enterprise.name() == null ? creditCode : enterprise.name();
      found.add(new Recipient("union-" + creditCode, name + "工会", RecipientRole.ENTERPRISE_UNION));
    }
    return found;
  }

  /** The entries of a kind that cover the code most specifically (the code itself first, then up). */
  public List<Union> nearest(String code, UnionKind kind) {
    for (String at : tree.chain(code)) {
      List<Union> here = directory.stream()
          .filter(u -> u.kind() == kind && u.jurisdictions().contains(at))
          .toList();
      if (!here.isEmpty()) {
        return here;
      }
    }
    return List.of();
  }

  /** TC-8: the members of the nearest joint meeting covering the jurisdiction. */
  public List<Union> jointMeeting(String code) {
    for (String at : tree.chain(code)) {
      List<Union> members = directory.stream().filter(u -> u.jointMeetingOf().contains(at)).toList();
      if (!members.isEmpty()) {
        return members;
      }
    }
    return List.of();
  }
}
