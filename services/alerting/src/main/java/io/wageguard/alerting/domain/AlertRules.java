package io.wageguard.alerting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EW-1..EW-9 and TC-8: the level of an observed signal under the jurisdiction's policy, the rules that
 * decided it, and the recipients.
 */
public final class AlertRules {

  private AlertRules() {}

  public static AlertDecision decide(Observation seen, EarlyWarningPolicy policy, Routing routing,
      EnterpriseView enterprise) {
    Set<String> ruleIds = new LinkedHashSet<>();
    ruleIds.add(seen.signal().id());
    Map<String, Object> facts = new LinkedHashMap<>(seen.facts());

    AlertLevel base = policy.levelOf(seen.signal());
    // EW-7: YELLOW, ORANGE from the second miss on (policy data).
    if (seen.signal() == Signal.EW_7) {
      facts.put("missCount", seen.missCount());
      if (seen.missCount() >= policy.repeatedMissFrom()
          && policy.repeatedMissLevel().compareTo(base) > 0) {
        base = policy.repeatedMissLevel();
      }
    }
    AlertLevel level = base;
    // EW-9: group arrears (10 or more workers; P-6: 10 counts) raise the signal's level by one.
    if (policy.groupArrearsRaises() && isGroupArrears(seen, policy)) {
      level = level.raised();
      ruleIds.add(Signal.GROUP_ARREARS_RAISE);
      ruleIds.add("P-6");
      facts.put("groupArrearsThreshold", policy.groupArrearsThreshold());
    }
    ruleIds.addAll(seen.citedRuleIds());

    List<RecipientRole> roles = new ArrayList<>(policy.routeOf(seen.signal()));
    // TC-8: alerts of the highest level go to every member of the jurisdiction's joint meeting.
    if (level.isHighest()) {
      if (!roles.contains(RecipientRole.JOINT_MEETING)) {
        roles.add(RecipientRole.JOINT_MEETING);
      }
      ruleIds.add("TC-8");
    }
    List<Recipient> recipients = routing.route(roles, seen.creditCode(), seen.jurisdiction(), enterprise);
    return new AlertDecision(seen.signal(), seen.identity(), level, base, List.copyOf(ruleIds), facts,
        recipients, policy.version());
  }

  static boolean isGroupArrears(Observation seen, EarlyWarningPolicy policy) {
    if (seen.workers() != null) {
      return seen.workers() >= policy.groupArrearsThreshold();
    }
    return Boolean.TRUE.equals(seen.groupArrears());
  }

  /** An unacknowledged alert escalates one level; at RED it reaches the joint meeting (TC-8). */
  public static AlertLevel escalated(AlertLevel level) {
    return level.raised();
  }
}
