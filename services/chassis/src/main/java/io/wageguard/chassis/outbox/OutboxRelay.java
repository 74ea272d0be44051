package io.wageguard.chassis.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wageguard.chassis.tracing.StoredTrace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * Writers call {@link #wakeUp(String, Object)} with the document they saved, so its events leave at once, read
 * by id; a pass over every collection's pending documents runs each poll interval (and on {@link #wakeUp()}) to
 * find anything else: another instance's or a crashed writer's. Reading by id matters where the pending flag's
 * index is missing (mongo-java-server ignores it): a pass there scans the whole collection.
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  static final String OUTBOX = "outbox";
  private static final String PENDING = "outboxPending";
  private static final String TRACEPARENT = "traceparent";

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

  /** This document was saved with new events: publish them now, reading the document by id. */
  public void wakeUp(String collection, Object documentId) {
    saved.add(new Saved(collection, documentId));
    wakeUps.release();
  }

  private record Saved(String collection, Object id) {}

  /** Publishes the events of the documents writers announced; returns how many were published. */
  int relaySaved() {
    Set<Saved> announced = new LinkedHashSet<>();
    for (Saved next = saved.poll(); next != null; next = saved.poll()) {
      announced.add(next);
    }
    int count = 0;
    for (Saved document : announced) {
      Document pending = mongo.findOne(
          new Query(Criteria.where("_id").is(document.id()).and(PENDING).is(true)), Document.class,
          document.collection());
      if (pending != null) {
        count += publish(document.collection(), pending);
      }
    }
    return count;
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
        count += publish(collection, document);
      }
    }
    lastBacklog.set(backlog);
    return count;
  }

  private int publish(String collection, Document document) {
    List<Document> events = document.getList(OUTBOX, Document.class, List.of());
    List<String> sent = new ArrayList<>();
    try {
      for (Document event : events) {
        send(event);
        sent.add(event.getString("eventId"));
      }
    } catch (Exception e) {
      log.warn("outbox relay: publishing from {} {} failed, will retry: {}", collection,
          document.get("_id"), e.toString());
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      if (!sent.isEmpty() || events.isEmpty()) {
        removePublished(collection, document.get("_id"), sent);
      }
    }
    published.increment(sent.size());
    return sent.size();
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
