package io.wageguard.registry.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.web.ConflictException;
import io.wageguard.chassis.web.NotFoundException;
import io.wageguard.registry.domain.Enterprise;
import io.wageguard.registry.domain.EnterpriseEvent;
import io.wageguard.registry.domain.EnterpriseView;
import io.wageguard.registry.domain.Jurisdictions;
import io.wageguard.registry.domain.Registration;
import io.wageguard.registry.domain.Stamp;
import io.wageguard.registry.messaging.EnterpriseEventFactory;
import io.wageguard.registry.persistence.EnterpriseStore;
import io.wageguard.registry.persistence.EnterpriseStore.Loaded;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The registry's use cases: load, let the domain decide, store the state and its events in one write. */
@Service
public class EnterpriseService {

  private final EnterpriseStore store;
  private final EnterpriseEventFactory events;
  private final Jurisdictions jurisdictions;
  private final Clock clock;
  private final MeterRegistry meters;

  public EnterpriseService(EnterpriseStore store, EnterpriseEventFactory events, Jurisdictions jurisdictions,
      Clock clock, MeterRegistry meters) {
    this.store = store;
    this.events = events;
    this.jurisdictions = jurisdictions;
    this.clock = clock;
    this.meters = meters;
  }

  public static URI locationOf(String creditCode) {
    return URI.create("/api/enterprises/" + creditCode);
  }

  public Stamp stamp(String actor) {
    return new Stamp(clock.instant().truncatedTo(ChronoUnit.MILLIS), LocalDate.now(clock), actor);
  }

  /** Registers a new enterprise; 409 with the existing record's location if the code is registered already. */
  public EnterpriseView register(Registration registration, String actor) {
    Enterprise enterprise = Enterprise.register(registration, jurisdictions, stamp(actor));
    String code = enterprise.creditCode();
    if (store.exists(code)) {
      throw conflict(code);
    }
    List<EnterpriseEvent> happened = enterprise.pullEvents();
    try {
      store.insert(enterprise, events.toCloudEvents(happened));
    } catch (DuplicateKeyException e) {
      throw conflict(code);
    }
    count(happened);
    return enterprise.current();
  }

  /** Applies a command to an existing enterprise (404 if unknown); a command that changes nothing writes nothing. */
  public EnterpriseView change(String creditCode, String actor, BiConsumer<Enterprise, Stamp> command) {
    Loaded loaded = store.load(creditCode).orElseThrow(() -> notFound(creditCode));
    command.accept(loaded.enterprise(), stamp(actor));
    List<EnterpriseEvent> happened = loaded.enterprise().pullEvents();
    if (!happened.isEmpty()) {
      store.update(loaded, events.toCloudEvents(happened));
      count(happened);
    }
    return loaded.enterprise().current();
  }

  public Enterprise get(String creditCode) {
    return store.load(creditCode).orElseThrow(() -> notFound(creditCode)).enterprise();
  }

  public Jurisdictions jurisdictions() {
    return jurisdictions;
  }

  private void count(List<EnterpriseEvent> happened) {
    happened.forEach(event -> meters.counter("wageguard.registry.changes",
        "type", event.getClass().getSimpleName(),
        "jurisdiction", event.snapshot().profile().jurisdiction()).increment());
  }

  private static ConflictException conflict(String code) {
    return new ConflictException("enterprise " + code + " is registered already", locationOf(code));
  }

  private static NotFoundException notFound(String code) {
    return new NotFoundException("no enterprise " + code + " in the register");
  }
}
