package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.application.EnterpriseViews;
import io.wageguard.alerting.domain.EnterpriseView;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Alerting's enterprise view in MongoDB: one document per enterprise, the newest version wins. */
@Component
public class EnterpriseViewStore implements EnterpriseViews {

  private final MongoTemplate mongo;

  public EnterpriseViewStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Optional<EnterpriseView> find(String creditCode) {
    return Optional.ofNullable(mongo.findById(creditCode, EnterpriseDocument.class)).map(EnterpriseDocument::toDomain);
  }

  /** An upsert conditional on an older version: a newer stored view makes it collide on the _id, changing nothing. */
  @Override
  public void keep(Change d) {
    Update update = new Update().set("sourceVersion", d.version());
    if (d.name() != null) {
      update.set("name", d.name());
    }
    if (d.jurisdiction() != null) {
      update.set("jurisdiction", d.jurisdiction());
    }
    if (d.town() != null) {
      update.set("town", d.town());
    }
    if (d.hasOwnUnion() != null) {
      update.set("hasOwnUnion", d.hasOwnUnion());
    }
    if (d.status() != null) {
      update.set("status", d.status());
    }
    try {
      mongo.upsert(new Query(Criteria.where("_id").is(d.creditCode()).and("sourceVersion").lt(d.version())),
          update, EnterpriseDocument.class);
    } catch (DuplicateKeyException newerKnown) {
      // the stored view is as new or newer: nothing to do
    }
  }
}
