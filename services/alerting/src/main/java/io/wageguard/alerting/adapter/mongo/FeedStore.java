package io.wageguard.alerting.adapter.mongo;

import io.wageguard.alerting.application.Feed;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The per-union feeds of alert events. A sequence number is allocated atomically per union
 * ({@code feed_counters}, findAndModify $inc) and the entry is inserted only if absent (id
 * {@code unionId/eventId}), so a redelivered event is neither duplicated nor renumbered. Readers in this
 * process are signalled on append; readers elsewhere poll.
 */
@Component
public class FeedStore implements Feed {

  static final String COUNTERS = "feed_counters";
  private final MongoTemplate mongo;
  private final ConcurrentHashMap<String, Set<Semaphore>> subscribers = new ConcurrentHashMap<>();

  public FeedStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Entry append(String unionId, String eventId, String type, String alertId, String json,
      Instant at) {
    String id = FeedEntryDocument.idOf(unionId, eventId);
    FeedEntryDocument existing = mongo.findById(id, FeedEntryDocument.class);
    if (existing != null) {
      return existing.toEntry();
    }
    FeedEntryDocument entry = new FeedEntryDocument();
    entry.id = id;
    entry.unionId = unionId;
    entry.seq = nextSeq(unionId);
    entry.eventId = eventId;
    entry.type = type;
    entry.alertId = alertId;
    entry.json = json;
    entry.at = at;
    try {
      mongo.insert(entry);
    } catch (DuplicateKeyException raced) {
      // another writer appended it meanwhile; its number wins (ours is a gap readers step over)
      return mongo.findById(id, FeedEntryDocument.class).toEntry();
    }
    signal(unionId);
    return entry.toEntry();
  }

  private long nextSeq(String unionId) {
    Document counter = mongo.findAndModify(new Query(Criteria.where("_id").is(unionId)),
        new Update().inc("seq", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
        Document.class, COUNTERS);
    return ((Number) counter.get("seq")).longValue();
  }

  @Override
  public long latestSeq(String unionId) {
    Document counter = mongo.findById(unionId, Document.class, COUNTERS);
    return counter == null ? 0L : ((Number) counter.get("seq")).longValue();
  }

  @Override
  public List<Entry> after(String unionId, long seq, int limit) {
    return mongo.find(new Query(Criteria.where("unionId").is(unionId).and("seq").gt(seq))
        .with(Sort.by("seq")).limit(limit), FeedEntryDocument.class).stream().map(FeedEntryDocument::toEntry).toList();
  }

  @Override
  public Semaphore subscribe(String unionId) {
    Semaphore signal = new Semaphore(0);
    subscribers.computeIfAbsent(unionId, u -> ConcurrentHashMap.newKeySet()).add(signal);
    return signal;
  }

  @Override
  public void unsubscribe(String unionId, Semaphore signal) {
    subscribers.computeIfPresent(unionId, (u, set) -> {
      set.remove(signal);
      return set.isEmpty() ? null : set;
    });
  }

  private void signal(String unionId) {
    Set<Semaphore> waiting = subscribers.get(unionId);
    if (waiting != null) {
      waiting.forEach(Semaphore::release);
    }
  }
}
