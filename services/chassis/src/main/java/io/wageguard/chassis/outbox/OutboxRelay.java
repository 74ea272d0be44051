package io.wageguard.chassis.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wageguard.chassis.tracing.StoredTrace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes the events stored in documents' {@code outbox} field, then removes them from the document.
 *
 * <p>At-least-once: a crash between the broker's acknowledgement and the removal publishes the event
 * again on restart, with the same id; consumers record the ids they applied, so no user sees it twice.
 * Writers announce each save so its events leave at once: a document they inserted with
 * {@link #wakeUpInserted(String, Object, List)} (its whole outbox is the events handed over, so it is not read
 * back), one they updated with {@link #wakeUp(String, Object)} (read by id, so events still pending from an
 * earlier write leave first, in order). A pass over every collection's pending documents runs each poll interval
 * (and on {@link #wakeUp()}) to find anything else: another instance's or a crashed writer's. Each MongoDB
 * operation counts here: on mongo-java-server (the devstack) every one costs milliseconds and a pass is a
 * collection scan, because it ignores the pending flag's index.
 *
 * <p>Copies on a topic: the relay remembers the ids of the last {@value #REMEMBERED} events the broker
 * acknowledged, and never sends one of them again; it only clears them from their document. So within one
 * process an event is never sent twice: not when a full pass finds a just-inserted document before its writer's
 * announcement arrives (issue 16's defect: two EW-1 copies in 2,000), nor when clearing the outbox failed (MongoDB
 * away) and the next pass finds the event still there. A copy is still possible, and is then absorbed by the
 * consumers' applied-ids guard, in exactly three cases: the process dies between the broker's acknowledgement
 * and the clearing of the outbox (the next start sends it again); a send whose acknowledgement was lost (the
 * broker restarted while it was in flight) is sent again; or two instances of one service relay the same
 * collection and one's full pass finds the other's just-inserted document.
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  static final String OUTBOX = "outbox";
  private static final String PENDING = "outboxPending";
  private static final String TRACEPARENT = "traceparent";
  /** How many acknowledged event ids the relay remembers so as not to send them again. */
  static final int REMEMBERED = 50_000;

  private final MongoTemplate mongo;
  private final KafkaOperations<Object, Object> kafka;
  private final ObservationRegistry observations;
  private final Duration pollInterval;
  private final int batchSize;
  private final Set<String> collections = new CopyOnWriteArraySet<>();
  private final Semaphore wakeUps = new Semaphore(0);
  private final Queue<Saved> saved = new ConcurrentLinkedQueue<>();
  private volatile boolean passRequested = true;
  private final Counter published;
  private final Counter skippedCopies;
  /** Ids of events the broker acknowledged, oldest first; touched by the relay's passes only (synchronized). */
  private final Set<String> acknowledged = java.util.Collections.newSetFromMap(
      new java.util.LinkedHashMap<String, Boolean>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      });
  private final AtomicLong lastBacklog = new AtomicLong();
  private volatile Thread worker;
  private volatile boolean running;

  public OutboxRelay(MongoTemplate mongo, KafkaOperations<Object, Object> kafka, MeterRegistry meters,
      Duration pollInterval, int batchSize) {
    this(mongo, kafka, meters, ObservationRegistry.NOOP, pollInterval, batchSize);
  }

  /**
   * With observations: each event is published inside a {@code wageguard.outbox.publish} observation
   * whose parent is the trace context stored with the event (the request or record that emitted it), so
   * the KafkaTemplate's own observation is its child and the trace continues to the consumers.
   */
  public OutboxRelay(MongoTemplate mongo, KafkaOperations<Object, Object> kafka, MeterRegistry meters,
      ObservationRegistry observations, Duration pollInterval, int batchSize) {
    this.mongo = mongo;
    this.kafka = kafka;
    this.observations = observations;
    this.pollInterval = pollInterval;
    this.batchSize = batchSize;
    this.published = meters.counter("wageguard.outbox.published");
    this.skippedCopies = Counter.builder("wageguard.outbox.copies.skipped")
        .description("events found in an outbox after the broker had acknowledged them: cleared, not sent again")
        .register(meters);
    Gauge.builder("wageguard.outbox.backlog", lastBacklog, AtomicLong::get)
        .description("documents with unpublished events at the last relay pass")
        .register(meters);
  }

  /**
   * Relays the outbox of this collection's documents. A document has pending events while its
   * {@code outboxPending} flag is true; the flag is indexed so a pass costs what is pending, not what
   * is stored.
   */
  public void register(String collection) {
    mongo.indexOps(collection).createIndex(new Index(PENDING, Sort.Direction.ASC).sparse());
    collections.add(collection);
    wakeUp();
  }

  /** Mark a document as having pending events; put this in the same update that adds them. */
  public static Update markPending(Update update) {
    return update.set(PENDING, true);
  }

  /** Something may be pending anywhere: the next round is a full pass. */
  public void wakeUp() {
    passRequested = true;
    wakeUps.release();
  }

  /**
   * This document was inserted with these events as its whole outbox: publish them now, as handed over, without
   * reading the document back. (An event another relay publishes meanwhile goes out twice, which at-least-once
   * delivery allows and the consumers' applied-ids guard absorbs.)
   */
  public void wakeUpInserted(String collection, Object documentId, List<OutboxEvent> outbox) {
    if (!outbox.isEmpty()) {
      announce(new Saved(collection, documentId, outbox.stream().map(this::toDocument).toList()));
    }
  }

  /** This existing document was saved with new events: publish its outbox now, read by id, oldest event first. */
  public void wakeUp(String collection, Object documentId) {
    announce(new Saved(collection, documentId, null));
  }

  private void announce(Saved document) {
    saved.add(document);
    wakeUps.release();
  }

  /** A saved document, with its outbox when it was inserted (null: read it). */
  private record Saved(String collection, Object id, List<Document> events) {}

  /** The stored form of an event: what a document's outbox holds and the relay reads. */
  Document toDocument(OutboxEvent event) {
    Document bson = new Document();
    mongo.getConverter().write(event, bson);
    bson.remove("_class");
    return bson;
  }

  /** Publishes the events writers announced, in the order they were written; returns how many were published. */
  int relaySaved() {
    List<Saved> announced = new ArrayList<>();
    for (Saved next = saved.poll(); next != null; next = saved.poll()) {
      announced.add(next);
    }
    // Every write announced here has finished, so one read of a document finds all their events: read it once.
    Set<List<Object>> read = new HashSet<>();
    int count = 0;
    for (Saved document : announced) {
      List<Document> events = document.events();
      if (events == null) {
        if (!read.add(List.of(document.collection(), document.id()))) {
          continue;
        }
        Document pending = mongo.findOne(
            new Query(Criteria.where("_id").is(document.id()).and(PENDING).is(true)), Document.class,
            document.collection());
        if (pending == null) {
          continue;
        }
        events = pending.getList(OUTBOX, Document.class, List.of());
      }
      count += publish(document.collection(), document.id(), events);
    }
    return count;
  }

  private boolean announced(String collection, Object documentId) {
    return saved.stream().anyMatch(s -> s.collection().equals(collection) && s.id().equals(documentId));
  }

  /** One pass over every registered collection; returns how many events were published. */
  public int relayOnce() {
    int count = 0;
    long backlog = 0;
    for (String collection : collections) {
      List<Document> pending = mongo.find(
          new Query(Criteria.where(PENDING).is(true)).limit(batchSize), Document.class, collection);
      backlog += pending.size();
      for (Document document : pending) {
        if (announced(collection, document.get("_id"))) {
          continue; // its writer's announcement publishes it next; publishing it here too would send it twice
        }
        count += publish(collection, document.get("_id"), document.getList(OUTBOX, Document.class, List.of()));
      }
    }
    lastBacklog.set(backlog);
    return count;
  }

  private synchronized int publish(String collection, Object documentId, List<Document> events) {
    List<String> sent = new ArrayList<>();
    int newlySent = 0;
    try {
      for (Document event : events) {
        String eventId = event.getString("eventId");
        if (acknowledged.contains(eventId)) {
          skippedCopies.increment(); // sent already: only its removal from the outbox is missing
        } else {
          send(event);
          acknowledged.add(eventId);
          newlySent++;
        }
        sent.add(eventId);
      }
    } catch (Exception e) {
      log.warn("outbox relay: publishing from {} {} failed, will retry: {}", collection, documentId,
          e.toString());
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      if (!sent.isEmpty() || events.isEmpty()) {
        removePublished(collection, documentId, sent);
      }
    }
    published.increment(newlySent);
    return newlySent;
  }

  /** Publishes one event under the trace context it was emitted in (a new trace if it has none). */
  private void send(Document event) throws Exception {
    String topic = event.getString("topic");
    String traceparent = event.getString(TRACEPARENT);
    Observation observation = StoredTrace.continueFrom(traceparent, "wageguard.outbox.publish", "outbox",
            observations)
        .contextualName("outbox publish " + topic)
        .lowCardinalityKeyValue("topic", topic)
        .start();
    try (Observation.Scope scope = observation.openScope()) {
      kafka.send(topic, event.getString("key"), event.getString("payload")).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  private void removePublished(String collection, Object documentId, List<String> sentIds) {
    // Usually the outbox holds exactly what was sent: empty it and clear the flag in one update.
    Criteria exactlySent = Criteria.where("_id").is(documentId).and(OUTBOX).size(sentIds.size());
    if (!sentIds.isEmpty()) {
      exactlySent = exactlySent.and(OUTBOX + ".eventId").all(sentIds);
    }
    if (mongo.updateFirst(new Query(exactlySent), new Update().set(OUTBOX, List.of()).unset(PENDING), collection)
        .getMatchedCount() == 1) {
      return;
    }
    Query byId = new Query(Criteria.where("_id").is(documentId));
    if (!sentIds.isEmpty()) {
      mongo.updateFirst(byId, new Update().pull(OUTBOX, new Document("eventId", new Document("$in", sentIds))),
          collection);
    }
    // Clear the flag only if nothing new arrived meanwhile (a writer may have pushed more events).
    mongo.updateFirst(new Query(Criteria.where("_id").is(documentId).and(OUTBOX).size(0)),
        new Update().unset(PENDING), collection);
  }

  private void loop() {
    long lastPass = 0;
    while (running) {
      try {
        int relayed = relaySaved();
        if (passRequested || System.nanoTime() - lastPass >= pollInterval.toNanos()) {
          passRequested = false;
          lastPass = System.nanoTime();
          int found = relayOnce();
          // A full batch may mean more is pending: pass again at once.
          passRequested = found > 0;
          relayed += found;
        }
        if (relayed == 0 && saved.isEmpty()) {
          wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
          wakeUps.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Broker or database away: wait a poll interval and try again; nothing is removed unsent.
        log.warn("outbox relay pass failed, retrying: {}", e.toString());
        passRequested = true;
        try {
          Thread.sleep(pollInterval);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void start() {
    running = true;
    worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
  }

  @Override
  public void stop() {
    running = false;
    Thread current = worker;
    if (current != null) {
      current.interrupt();
      try {
        current.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // Stop before the Kafka producer and Mongo client go away.
    return Integer.MAX_VALUE - 100;
  }
}
