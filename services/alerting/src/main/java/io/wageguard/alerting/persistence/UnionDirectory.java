package io.wageguard.alerting.persistence;

import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.Routing;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The union directory (a few dozen entries) for routing and the feeds. Every alert needs it, so it is read once
 * per {@code wageguard.alerting.directory-max-age} (default 2 s), not once per alert; a change made through this
 * instance's API takes effect at once, one made through another instance within that age.
 */
@Component
public class UnionDirectory {

  private record Snapshot(List<UnionDocument> unions, long readAtNanos) {}

  private final MongoTemplate mongo;
  private final JurisdictionTree tree;
  private final long maxAgeNanos;
  private volatile Snapshot snapshot;

  public UnionDirectory(MongoTemplate mongo, JurisdictionTree tree,
      @Value("${wageguard.alerting.directory-max-age:PT2S}") Duration maxAge) {
    this.mongo = mongo;
    this.tree = tree;
    this.maxAgeNanos = maxAge.toNanos();
  }

  public List<UnionDocument> all() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.readAtNanos() >= maxAgeNanos) {
      current = new Snapshot(List.copyOf(mongo.findAll(UnionDocument.class)), System.nanoTime());
      snapshot = current;
    }
    return current.unions();
  }

  public Routing routing() {
    return new Routing(all().stream().map(UnionDocument::toDomain).toList(), tree);
  }

  /** A union was added or changed: the next read goes to the database. */
  public void changed() {
    snapshot = null;
  }
}
