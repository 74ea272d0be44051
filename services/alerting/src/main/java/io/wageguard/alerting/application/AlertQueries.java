package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.Alert;
import io.wageguard.alerting.domain.AlertLevel;
import io.wageguard.alerting.domain.EnterpriseView;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.time.Periods;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reading alerts, always within the caller's reach: the queries narrow to the jurisdictions it covers in the query
 * itself, before paging, so totals never count another jurisdiction's alerts.
 */
@Service
public class AlertQueries {

  public record Page(List<Alert> items, long total) {}

  /** An enterprise's alerts, newest first; the open ones and the highest level among them. */
  public record Risk(String creditCode, String enterpriseName, List<Alert> open, String highestOpenLevel,
      List<Alert> history) {}

  /** A jurisdiction's unresolved alerts, counted by level and signal, and the oldest nobody acknowledged. */
  public record Board(String jurisdiction, long openAlerts, Map<String, Long> openByLevel,
      Map<String, Long> openBySignal, Optional<Alert> oldestUnacknowledged) {}

  private static final int RISK_HISTORY_LIMIT = 500;
  private final Alerts alerts;
  private final EnterpriseViews enterprises;
  private final Reach reach;

  public AlertQueries(Alerts alerts, EnterpriseViews enterprises, Reach reach) {
    this.alerts = alerts;
    this.enterprises = enterprises;
    this.reach = reach;
  }

  /**
   * The query's filter, always narrowed to the jurisdictions the caller reaches. {@code jurisdiction} includes
   * everything inside it; {@code from}/{@code to} are business dates (Asia/Shanghai), inclusive.
   */
  public AlertFilter filter(Caller caller, String jurisdiction, String level, String rule, String status,
      String creditCode, String unionId, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw RuleBroken.of("to", "schema", "is before from");
    }
    return new AlertFilter(reach.alertJurisdictions(caller, jurisdiction), level, rule, status, creditCode,
        unionId,
        from == null ? null : from.atStartOfDay(Periods.SHANGHAI).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(Periods.SHANGHAI).toInstant());
  }

  public Page page(AlertFilter filter, int page, int size) {
    return new Page(alerts.find(filter, (long) page * size, size), alerts.count(filter));
  }

  /** At most {@code limit} alerts of the filter, newest first (an export). */
  public List<Alert> all(AlertFilter filter, int limit) {
    return alerts.find(filter, 0, limit);
  }

  public Alert one(Caller caller, String id) {
    return reach.alert(caller, id);
  }

  /**
   * An enterprise's alerts within the caller's reach. An enterprise this service knows in another jurisdiction is
   * "not found", so a neighbour learns nothing, not even that it has no alerts.
   */
  public Risk risk(Caller caller, String creditCode) {
    Optional<EnterpriseView> known = enterprises.find(creditCode);
    if (known.isPresent() && !reach.reaches(caller, known.get().jurisdiction())) {
      throw new NotFound("no enterprise " + creditCode);
    }
    List<Alert> history = alerts.find(new AlertFilter(reach.alertJurisdictions(caller, null), null, null, null,
        creditCode, null, null, null), 0, RISK_HISTORY_LIMIT);
    if (history.isEmpty() && alerts.existsFor(creditCode)) {
      throw new NotFound("no enterprise " + creditCode); // its alerts are all outside the caller's reach
    }
    List<Alert> open = history.stream().filter(a -> !Alert.RESOLVED.equals(a.status)).toList();
    String highest = open.stream().map(a -> AlertLevel.valueOf(a.level)).max(Comparator.naturalOrder())
        .map(Enum::name).orElse(null);
    String name = history.stream().map(a -> a.enterpriseName).filter(n -> n != null).findFirst().orElse(null);
    return new Risk(creditCode, name, open, highest, history);
  }

  /** A jurisdiction's board; the request names the jurisdiction, so one the caller does not cover is refused. */
  public Board board(Caller caller, String code) {
    reach.requireCovers(caller, List.of(code));
    List<Alert> open = alerts.unresolvedIn(reach.alertJurisdictions(caller, code));
    Map<String, Long> byLevel = open.stream().collect(Collectors.groupingBy(a -> a.level, TreeMap::new,
        Collectors.counting()));
    Map<String, Long> bySignal = open.stream().collect(Collectors.groupingBy(a -> a.signal, TreeMap::new,
        Collectors.counting()));
    Optional<Alert> oldest = open.stream().filter(a -> Alert.OPEN.equals(a.status))
        .min(Comparator.comparing((Alert a) -> a.raisedAt));
    return new Board(code, open.size(), byLevel, bySignal, oldest);
  }
}
