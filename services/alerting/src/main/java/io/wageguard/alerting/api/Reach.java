package io.wageguard.alerting.api;

import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.persistence.AlertDocument;
import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.web.ForbiddenException;
import io.wageguard.chassis.web.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which alerts and directory entries a caller reaches. An alert is reached through its jurisdiction; a township
 * code (9 digits) lies inside the division it starts with, which the caller's token names. A union's directory
 * entry (its stream, webhook and deliveries) is reached only by a caller covering every jurisdiction it has:
 * a district union never follows the city federation's stream, which carries its neighbours' alerts.
 */
@Component
public class Reach {

  private final MongoTemplate mongo;
  private final JurisdictionTree tree;

  public Reach(MongoTemplate mongo, JurisdictionTree tree) {
    this.mongo = mongo;
    this.tree = tree;
  }

  /** The jurisdiction, or a division it lies in, is one the caller covers. */
  public boolean reaches(Caller caller, String jurisdiction) {
    return jurisdiction != null && tree.chain(jurisdiction).stream().anyMatch(code -> caller.reaches(code, null));
  }

  /** Every jurisdiction of the entry is reached (an entry without any reaches nobody). */
  public boolean reaches(Caller caller, UnionDocument union) {
    return !union.jurisdictions.isEmpty() && union.jurisdictions.stream().allMatch(code -> reaches(caller, code));
  }

  /** An alert the caller reaches; another jurisdiction's is as unknown as a missing one. */
  public AlertDocument alert(Caller caller, String id) {
    AlertDocument found = mongo.findById(id, AlertDocument.class);
    if (found == null || !reaches(caller, found.jurisdiction)) {
      throw new NotFoundException("no alert " + id);
    }
    return found;
  }

  /** A directory entry the caller reaches, for its stream, webhook and deliveries. */
  public UnionDocument union(Caller caller, String id) {
    UnionDocument found = mongo.findById(id, UnionDocument.class);
    if (found == null || !reaches(caller, found)) {
      throw new NotFoundException("no union " + id);
    }
    return found;
  }

  /** For a request that names jurisdictions itself (a new directory entry): outside the caller's is 403. */
  public void requireCovers(Caller caller, Collection<String> jurisdictions) {
    for (String code : jurisdictions) {
      if (!reaches(caller, code)) {
        throw new ForbiddenException("Jurisdiction " + code + " is outside the jurisdictions of " + caller.subject());
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
    for (String stored : mongo.findDistinct(new Query(), "jurisdiction", AlertDocument.class, String.class)) {
      if (reaches(caller, stored) && (within == null || tree.isWithin(stored, within))) {
        codes.add(stored);
      }
    }
    return List.copyOf(codes);
  }
}
