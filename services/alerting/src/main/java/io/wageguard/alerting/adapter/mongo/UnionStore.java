package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.application.UnionDirectory;
import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.Routing;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The union directory in MongoDB. Every alert needs it, so {@link #all()} reads it once per
 * {@code wageguard.alerting.directory-max-age} (default 2 s), not once per alert; a change made through this
 * instance takes effect at once, one made through another instance within that age. Single entries are read fresh.
 */
@Component
public class UnionStore implements UnionDirectory {

  private record Snapshot(List<Entry> unions, long readAtNanos) {}

  private final MongoTemplate mongo;
  private final JurisdictionTree tree;
  private final long maxAgeNanos;
  private volatile Snapshot snapshot;

  public UnionStore(MongoTemplate mongo, JurisdictionTree tree,
      @Value("${wageguard.alerting.directory-max-age:PT2S}") Duration maxAge) {
    this.mongo = mongo;
    this.tree = tree;
    this.maxAgeNanos = maxAge.toNanos();
  }

  @Override
  public List<Entry> all() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.readAtNanos() >= maxAgeNanos) {
      current = new Snapshot(mongo.findAll(UnionDocument.class).stream().map(UnionDocument::toEntry).toList(),
          System.nanoTime());
      snapshot = current;
    }
    return current.unions();
  }

  @Override
  public Routing routing() {
    return new Routing(all().stream().map(Entry::union).toList(), tree);
  }

  @Override
  public Optional<Entry> find(String id) {
    return Optional.ofNullable(mongo.findById(id, UnionDocument.class)).map(UnionDocument::toEntry);
  }

  @Override
  public List<Entry> list(String kind) {
    Query query = kind == null ? new Query() : new Query(Criteria.where("kind").is(kind));
    return mongo.find(query.with(Sort.by("_id")), UnionDocument.class).stream().map(UnionDocument::toEntry).toList();
  }

  @Override
  public void insert(Entry entry) {
    mongo.insert(UnionDocument.of(entry));
    changed();
  }

  /** Saved with its version: an entry changed since it was read fails (409), never overwritten. */
  @Override
  public Entry replace(Entry entry) {
    Entry saved = mongo.save(UnionDocument.of(entry)).toEntry();
    changed();
    return saved;
  }

  @Override
  public Optional<Entry> setWebhook(String id, Webhook webhook) {
    Update update = webhook == null ? new Update().unset("webhook")
        : new Update().set("webhook", UnionDocument.webhook(webhook));
    UnionDocument changed = mongo.findAndModify(new Query(Criteria.where("_id").is(id)), update.inc("version", 1),
        FindAndModifyOptions.options().returnNew(true), UnionDocument.class);
    changed();
    return Optional.ofNullable(changed).map(UnionDocument::toEntry);
  }

  /** A union was added or changed: the next read goes to the database. */
  private void changed() {
    snapshot = null;
  }
}
