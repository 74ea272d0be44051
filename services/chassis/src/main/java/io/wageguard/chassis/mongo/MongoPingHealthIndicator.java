package io.wageguard.chassis.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by the {@code ping} command, which every MongoDB-wire server answers (Boot's own
 * indicator uses {@code hello}, which the embedded server of the devstack lacks).
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

  private final MongoTemplate mongo;

  public MongoPingHealthIndicator(MongoTemplate mongo) {
    super("MongoDB ping failed");
    this.mongo = mongo;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Document answer = mongo.executeCommand(new Document("ping", 1));
    builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
  }
}
