package io.wageguard.arrears.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.wageguard.arrears.application.EnterpriseDirectory;
import io.wageguard.arrears.domain.KnownEnterprise;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The enterprise view: applied only if the event's registry version is newer, so redeliveries and stale events change nothing. */
@Repository
public class EnterpriseViews implements EnterpriseDirectory {

  private final MongoTemplate mongo;

  public EnterpriseViews(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Optional<KnownEnterprise> find(String creditCode) {
    if (creditCode == null) {
      return Optional.empty();
    }
    EnterpriseView view = mongo.findById(creditCode, EnterpriseView.class);
    return Optional.ofNullable(view)
        .map(v -> new KnownEnterprise(v.creditCode, v.name, v.jurisdiction, v.status));
  }

  /** @return true if applied, false if the view already holds this version or a newer one */
  @Override
  public boolean apply(String creditCode, long registryVersion, String name, String jurisdiction, String status) {
    Query newer = new Query(where("_id").is(creditCode).orOperator(
        where("registryVersion").lt(registryVersion), where("registryVersion").exists(false)));
    Update update = new Update().set("registryVersion", registryVersion);
    if (name != null) {
      update.set("name", name);
    }
    if (jurisdiction != null) {
      update.set("jurisdiction", jurisdiction);
    }
    if (status != null) {
      update.set("status", status);
    }
    try {
      var result = mongo.upsert(newer, update, EnterpriseView.class);
      return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
    } catch (DuplicateKeyException sameOrNewerVersionHeld) {
      return false;
    }
  }
}
