package io.wageguard.alerting.persistence;

import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.Routing;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads the directory (a few dozen entries) for routing. */
@Component
public class UnionDirectory {

  private final MongoTemplate mongo;
  private final JurisdictionTree tree;

  public UnionDirectory(MongoTemplate mongo, JurisdictionTree tree) {
    this.mongo = mongo;
    this.tree = tree;
  }

  public List<UnionDocument> all() {
    return mongo.findAll(UnionDocument.class);
  }

  public Routing routing() {
    return new Routing(all().stream().map(UnionDocument::toDomain).toList(), tree);
  }
}
