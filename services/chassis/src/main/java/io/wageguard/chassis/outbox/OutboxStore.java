package io.wageguard.chassis.outbox;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Saves an {@link OutboxDocument}: its state and the events it emitted, in one atomic write.
 *
 * <p>A plain {@code save()} would replace the stored outbox with the copy loaded earlier and so put back
 * events the relay has published and removed meanwhile. Here, a new document is inserted as it is; an
 * existing one gets its state {@code $set} (and its null properties {@code $unset}) and only the newly
 * emitted events {@code $push}ed, guarded by
 * its {@code @Version} (a concurrent change fails with {@link OptimisticLockingFailureException} instead
 * of being lost). The relay is woken so the events leave at once.
 */
public class OutboxStore {

  private static final String OUTBOX = "outbox";
  private static final String PENDING = "outboxPending";

  private final MongoTemplate mongo;
  private final OutboxRelay relay;

  public OutboxStore(MongoTemplate mongo, OutboxRelay relay) {
    this.mongo = mongo;
    this.relay = relay;
  }

  public <T extends OutboxDocument> T save(T document) {
    MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
        .getRequiredPersistentEntity(document.getClass());
    MongoPersistentProperty versionProperty = entity.getVersionProperty();
    PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(document);
    Number version = versionProperty == null ? null : (Number) accessor.getProperty(versionProperty);
    List<OutboxEvent> emitted = document.takeEmitted();

    T saved;
    if (versionProperty != null && version == null) {
      saved = mongo.insert(document);
      relay.wakeUpInserted(entity.getCollection(), entity.getIdentifierAccessor(saved).getIdentifier(), emitted);
    } else {
      update(document, entity, versionProperty, version, emitted);
      if (versionProperty != null) {
        accessor.setProperty(versionProperty, version.longValue() + 1);
      }
      saved = accessor.getBean();
      if (!emitted.isEmpty()) {
        relay.wakeUp(entity.getCollection(), entity.getIdentifierAccessor(saved).getIdentifier());
      }
    }
    return saved;
  }

  private void update(OutboxDocument document, MongoPersistentEntity<?> entity,
      MongoPersistentProperty versionProperty, Number version, List<OutboxEvent> emitted) {
    Document state = new Document();
    mongo.getConverter().write(document, state);
    Object id = state.remove("_id");
    state.remove(OUTBOX);
    state.remove(PENDING);
    Criteria match = Criteria.where("_id").is(id);
    Update update = new Update();
    if (versionProperty != null) {
      state.remove(versionProperty.getFieldName());
      match = match.and(versionProperty.getFieldName()).is(version);
      update.inc(versionProperty.getFieldName(), 1);
    }
    state.forEach(update::set);
    // The converter leaves out null properties: a value that became null must be removed, not kept.
    entity.doWithProperties((MongoPersistentProperty property) -> {
      String field = property.getFieldName();
      if (!property.isIdProperty() && !property.isVersionProperty() && !field.equals(OUTBOX)
          && !field.equals(PENDING) && !state.containsKey(field)) {
        update.unset(field);
      }
    });
    if (!emitted.isEmpty()) {
      update.push(OUTBOX).each(emitted.stream().map(relay::toDocument).toArray());
      update.set(PENDING, true);
    }
    String collection = entity.getCollection();
    if (versionProperty == null) {
      mongo.upsert(new Query(match), update, collection);
    } else if (mongo.updateFirst(new Query(match), update, collection).getMatchedCount() == 0) {
      throw new OptimisticLockingFailureException(
          "%s %s was changed meanwhile (expected version %s)".formatted(collection, id, version));
    }
  }
}
