package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.Alert;
import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import io.wageguard.chassis.security.Caller;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Which alerts and directory entries a caller reaches. An alert is reached through its jurisdiction; a township
 * code (9 digits) lies inside the division it starts with, which the caller's token names. A union's directory
 * entry (its stream, webhook and deliveries) is reached only by a caller covering every jurisdiction it has:
 * a district union never follows the city federation's stream, which carries its neighbours' alerts.
 */
@Component
public class Reach {

  private final Alerts alerts;
  private final UnionDirectory directory;
  private final JurisdictionTree tree;

  public Reach(Alerts alerts, UnionDirectory directory, JurisdictionTree tree) {
    this.alerts = alerts;
    this.directory = directory;
    this.tree = tree;
  }

  /** The jurisdiction, or a division it lies in, is one the caller covers. */
  public boolean reaches(Caller caller, String jurisdiction) {
    return jurisdiction != null && tree.chain(jurisdiction).stream().anyMatch(code -> caller.reaches(code, null));
  }

  /** Every jurisdiction of the entry is reached (an entry without any reaches nobody). */
  public boolean reaches(Caller caller, UnionDirectory.Entry entry) {
    var jurisdictions = entry.union().jurisdictions();
    return !jurisdictions.isEmpty() && jurisdictions.stream().allMatch(code -> reaches(caller, code));
  }

  /** An alert the caller reaches; another jurisdiction's is as unknown as a missing one. */
  public Alert alert(Caller caller, String id) {
    return alerts.find(id).filter(found -> reaches(caller, found.jurisdiction))
        .orElseThrow(() -> new NotFound("no alert " + id));
  }

  /** A directory entry the caller reaches, for its stream, webhook and deliveries. */
  public UnionDirectory.Entry union(Caller caller, String id) {
    return directory.find(id).filter(found -> reaches(caller, found))
        .orElseThrow(() -> new NotFound("no union " + id));
  }

  /** For a request that names jurisdictions itself (a new directory entry): outside the caller's is 403. */
  public void requireCovers(Caller caller, Collection<String> jurisdictions) {
    for (String code : jurisdictions) {
      if (!reaches(caller, code)) {
        throw OutsideJurisdiction.of(code, caller.subject());
      }
    }
  }

  /**
   * The stored alert jurisdictions a query may return: those the caller reaches and, when {@code within} is
   * given, inside it. Goes into the query itself, so paging and totals never see another jurisdiction.
   */
  public List<String> alertJurisdictions(Caller caller, String within) {
    Set<String> codes = new TreeSet<>();
    for (String code : caller.jurisdictions()) {
      if (within == null || tree.isWithin(code, within)) {
        codes.add(code);
      }
    }
    for (String stored : alerts.jurisdictions()) {
      if (reaches(caller, stored) && (within == null || tree.isWithin(stored, within))) {
        codes.add(stored);
      }
    }
    return List.copyOf(codes);
  }
}
