package io.wageguard.chassis.it;

import io.wageguard.chassis.calendar.CalendarAdministration;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.mongo.AppliedEvents;
import io.wageguard.chassis.outbox.OutboxDocument;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.chassis.outbox.OutboxStore;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.AuditTrail;
import io.wageguard.chassis.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import static io.wageguard.chassis.security.AccessMatrix.allow;
import static io.wageguard.chassis.security.AccessRule.Reach.JURISDICTION;
import static io.wageguard.chassis.security.Role.ADMIN;
import static io.wageguard.chassis.security.Role.AUDITOR;
import static io.wageguard.chassis.security.Role.ENTERPRISE;
import static io.wageguard.chassis.security.Role.LABOUR_BUREAU;
import static io.wageguard.chassis.security.Role.UNION;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service on the chassis: a REST write with an outbox, and a consumer of submissions. */
@SpringBootApplication
public class ChassisTestApplication {

  public static void main(String[] args) {
    SpringApplication.run(ChassisTestApplication.class, args);
  }

  @Document("things")
  public static class Thing extends OutboxDocument {
    @Id public String id;
    @Version public Long version;
    public int count;
    public String note;
    public String jurisdiction;
  }

  /** The consumer's view: how many submissions were applied, guarded against redelivery. */
  @Document("tallies")
  public static class Tally {
    @Id public String id;
    public int applied;
  }

  public record NewThing(@NotBlank String id, @Positive int count, String jurisdiction) {}

  /** Who may do what on this test service. */
  @Bean
  AccessMatrix accessMatrix() {
    return AccessMatrix.of(
        AuditTrail.READ,
        CalendarAdministration.READ,
        CalendarAdministration.RELOAD,
        allow(POST, "/things", JURISDICTION, LABOUR_BUREAU, ADMIN),
        allow(GET, "/things/{id}", JURISDICTION, LABOUR_BUREAU, UNION, AUDITOR, ENTERPRISE, ADMIN));
  }

  @RestController
  static class Things {
    private final OutboxStore store;
    private final CloudEventCodec codec = new CloudEventCodec(URI.create("/wageguard/chassis-test"));
    private final Clock clock;
    private final MongoTemplate mongo;

    Things(OutboxStore store, OutboxRelay relay, Clock clock, MongoTemplate mongo) {
      this.store = store;
      this.mongo = mongo;
      this.clock = clock;
      relay.register("things");
    }

    @GetMapping("/things/{id}")
    Thing read(@PathVariable String id, Caller caller) {
      Thing thing = mongo.findById(id, Thing.class);
      if (thing == null) {
        throw new NotFound("thing not found");
      }
      // An enterprise "owns" the thing whose id is its credit code.
      caller.requireReach(thing.jurisdiction, thing.id, "thing not found");
      return thing;
    }

    @PostMapping("/things")
    Thing create(@Valid @RequestBody NewThing request, Caller caller) {
      if (request.jurisdiction() != null) {
        caller.requireCovers(request.jurisdiction(), request.id());
      }
      if (request.id().startsWith("boom")) {
        throw new IllegalStateException("internal detail: collection things, shard 7");
      }
      if (request.id().startsWith("bad")) {
        throw new RuleBroken(List.of(new Violation("id", "TC-2a", "must not start with bad")));
      }
      Thing thing = new Thing();
      thing.id = request.id();
      thing.count = request.count();
      thing.note = "created";
      thing.jurisdiction = request.jurisdiction();
      CloudEvent event = codec.create(request.id() + "-created", "wageguard.test.thing-created.v1",
          request.id(), request, clock);
      thing.emit(Topic.ARREARS_EVENTS, event);
      return store.save(thing);
    }
  }

  /** Deliveries per event id that met a simulated database outage. */
  static final java.util.Map<String, Integer> OUTAGE_FAILURES = new java.util.concurrent.ConcurrentHashMap<>();

  @org.springframework.stereotype.Component
  static class SubmissionConsumer {
    private final MongoTemplate mongo;

    SubmissionConsumer(MongoTemplate mongo) {
      this.mongo = mongo;
    }

    @KafkaListener(topics = "arrears.submissions")
    void on(CloudEvent event) {
      if (event.data() != null && event.data().has("fail")) {
        throw new IllegalStateException("handler failure for " + event.id());
      }
      if (event.data() != null && event.data().has("outage")
          && OUTAGE_FAILURES.merge(event.id(), 1, Integer::sum) <= event.data().get("outage").asInt()) {
        throw new DataAccessResourceFailureException("Timed out waiting for a server (simulated outage)");
      }
      try {
        mongo.findAndModify(new Query(AppliedEvents.notYetApplied(event.subject(), event.id())),
            AppliedEvents.record(new Update().inc("applied", 1), event.id()),
            FindAndModifyOptions.options().upsert(true), Tally.class);
      } catch (DuplicateKeyException e) {
        if (!AppliedEvents.isRedelivery(e)) {
          throw e;
        }
      }
    }
  }

  /** Every calendar change this service heard of (CalendarReloadIT). */
  @org.springframework.stereotype.Component
  static class CalendarChanges {
    final java.util.List<io.wageguard.chassis.calendar.CalendarChanged> heard =
        new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.springframework.context.event.EventListener
    void on(io.wageguard.chassis.calendar.CalendarChanged changed) {
      heard.add(changed);
    }
  }
}
