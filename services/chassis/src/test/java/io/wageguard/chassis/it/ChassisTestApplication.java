package io.wageguard.chassis.it;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.Topic;
import io.wageguard.chassis.mongo.AppliedEvents;
import io.wageguard.chassis.outbox.OutboxDocument;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.chassis.outbox.OutboxStore;
import io.wageguard.chassis.web.RuleViolationException;
import io.wageguard.chassis.web.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
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
  }

  /** The consumer's view: how many submissions were applied, guarded against redelivery. */
  @Document("tallies")
  public static class Tally {
    @Id public String id;
    public int applied;
  }

  public record NewThing(@NotBlank String id, @Positive int count) {}

  @RestController
  static class Things {
    private final OutboxStore store;
    private final CloudEventCodec codec = new CloudEventCodec(URI.create("/wageguard/chassis-test"));
    private final Clock clock;

    Things(OutboxStore store, OutboxRelay relay, Clock clock) {
      this.store = store;
      this.clock = clock;
      relay.register("things");
    }

    @PostMapping("/things")
    Thing create(@Valid @RequestBody NewThing request) {
      if (request.id().startsWith("bad")) {
        throw new RuleViolationException(List.of(new Violation("id", "TC-2a", "must not start with bad")));
      }
      Thing thing = new Thing();
      thing.id = request.id();
      thing.count = request.count();
      thing.note = "created";
      CloudEvent event = codec.create(request.id() + "-created", "wageguard.test.thing-created.v1",
          request.id(), request, clock);
      thing.emit(Topic.ARREARS_EVENTS, event);
      return store.save(thing);
    }
  }

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
}
