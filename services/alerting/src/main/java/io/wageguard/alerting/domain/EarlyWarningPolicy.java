package io.wageguard.alerting.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A jurisdiction's early-warning parameters (policy data, not code): the level of each signal, the level
 * of a repeated deposit miss (EW-7), whether group arrears raise a level (EW-9) and from how many workers
 * (P-6: the threshold counts), who each signal goes to, and how long an alert may stay unacknowledged
 * before it escalates one level.
 */
public record EarlyWarningPolicy(
    String version,
    Map<Signal, AlertLevel> levels,
    AlertLevel repeatedMissLevel,
    int repeatedMissFrom,
    boolean groupArrearsRaises,
    int groupArrearsThreshold,
    Map<Signal, List<RecipientRole>> routes,
    Duration escalateAfter) {

  public EarlyWarningPolicy {
    levels = Map.copyOf(new EnumMap<>(levels));
    routes = Map.copyOf(new EnumMap<>(routes));
    for (Signal signal : Signal.values()) {
      if (!levels.containsKey(signal) || !routes.containsKey(signal)) {
        throw new IllegalArgumentException("policy " + version + " has no level or route for " + signal.id());
      }
    }
  }

  public AlertLevel levelOf(Signal signal) {
    return levels.get(signal);
  }

  public List<RecipientRole> routeOf(Signal signal) {
    return routes.get(signal);
  }

  /** The defaults of RULES.md. */
  public static EarlyWarningPolicy defaults() {
    Map<Signal, AlertLevel> levels = new EnumMap<>(Signal.class);
    levels.put(Signal.EW_1, AlertLevel.BLUE);
    levels.put(Signal.EW_2, AlertLevel.ORANGE);
    levels.put(Signal.EW_3, AlertLevel.YELLOW);
    levels.put(Signal.EW_4, AlertLevel.RED);
    levels.put(Signal.EW_5, AlertLevel.ORANGE);
    levels.put(Signal.EW_6, AlertLevel.RED);
    levels.put(Signal.EW_7, AlertLevel.YELLOW);
    levels.put(Signal.EW_8, AlertLevel.ORANGE);
    Map<Signal, List<RecipientRole>> routes = new EnumMap<>(Signal.class);
    RecipientRole eu = RecipientRole.ENTERPRISE_UNION;
    RecipientRole du = RecipientRole.DISTRICT_UNION;
    RecipientRole cf = RecipientRole.CITY_FEDERATION;
    RecipientRole lb = RecipientRole.LABOUR_BUREAU;
    routes.put(Signal.EW_1, List.of(eu, du));
    routes.put(Signal.EW_2, List.of(du, cf, lb));
    routes.put(Signal.EW_3, List.of(du, lb));
    routes.put(Signal.EW_4, List.of(du, cf, lb));
    routes.put(Signal.EW_5, List.of(du, lb));
    routes.put(Signal.EW_6, List.of(eu, du, cf, lb, RecipientRole.JOINT_MEETING));
    routes.put(Signal.EW_7, List.of(lb, du));
    routes.put(Signal.EW_8, List.of(lb, du));
    return new EarlyWarningPolicy("EARLY_WARNING/1", levels, AlertLevel.ORANGE, 2, true, 10, routes,
        Duration.ofHours(24));
  }
}
