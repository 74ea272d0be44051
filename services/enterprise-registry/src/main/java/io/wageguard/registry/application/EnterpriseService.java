package io.wageguard.registry.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.rules.Conflict;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.OutsideJurisdiction;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.security.Role;
import io.wageguard.registry.application.Enterprises.Filter;
import io.wageguard.registry.application.Enterprises.Found;
import io.wageguard.registry.application.Enterprises.Loaded;
import io.wageguard.registry.application.Enterprises.Reach;
import io.wageguard.registry.domain.Enterprise;
import io.wageguard.registry.domain.EnterpriseEvent;
import io.wageguard.registry.domain.EnterpriseView;
import io.wageguard.registry.domain.Jurisdictions;
import io.wageguard.registry.domain.Registration;
import io.wageguard.registry.domain.Stamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The registry's use cases: load, let the domain decide, store the state and its events in one write. */
@Service
public class EnterpriseService {

  private final Enterprises store;
  private final EnterpriseEvents events;
  private final Jurisdictions jurisdictions;
  private final Clock clock;
  private final MeterRegistry meters;

  public EnterpriseService(Enterprises store, EnterpriseEvents events, Jurisdictions jurisdictions,
      Clock clock, MeterRegistry meters) {
    this.store = store;
    this.events = events;
    this.jurisdictions = jurisdictions;
    this.clock = clock;
    this.meters = meters;
  }

  public Stamp stamp(String actor) {
    return new Stamp(clock.instant().truncatedTo(ChronoUnit.MILLIS), LocalDate.now(clock), actor);
  }

  /** Registers a new enterprise; {@link Conflict} (409, naming the existing record) if the code is registered already. */
  public EnterpriseView register(Registration registration, String actor) {
    Enterprise enterprise = Enterprise.register(registration, jurisdictions, stamp(actor));
    String code = enterprise.creditCode();
    if (store.exists(code)) {
      throw alreadyRegistered(code);
    }
    List<EnterpriseEvent> happened = enterprise.pullEvents();
    try {
      store.insert(enterprise, events.toCloudEvents(happened));
    } catch (DuplicateKeyException e) {
      throw alreadyRegistered(code);
    }
    count(happened);
    return enterprise.current();
  }

  /**
   * Registers a new enterprise for a caller: {@link OutsideJurisdiction} (403) when its jurisdiction is outside the
   * caller's. The history records
   * the caller's account as the actor.
   */
  public EnterpriseView register(Registration registration, Caller caller) {
    // The register's own rules first: an unknown division code is a 422 naming the field, not a 403.
    List<Violation> violations = registration.violations(jurisdictions, LocalDate.now(clock));
    if (!violations.isEmpty()) {
      throw new RuleBroken(violations);
    }
    requireCovers(caller, registration.jurisdiction(), registration.creditCode());
    return register(registration, caller.subject());
  }

  /**
   * Applies a caller's command: an enterprise outside the caller's reach is "not found" (404, its existence not
   * confirmed), and a change may not move it to a jurisdiction the caller does not cover (403). Both are checked
   * on the state the command is applied to, so a concurrent move cannot slip between check and write.
   */
  public EnterpriseView change(String creditCode, Caller caller, BiConsumer<Enterprise, Stamp> command) {
    return change(creditCode, caller.subject(), enterprise -> requireReach(caller, enterprise), command,
        enterprise -> requireCovers(caller, enterprise.currentProfile().jurisdiction(), enterprise.creditCode()));
  }

  /** Applies a command to an existing enterprise (404 if unknown); a command that changes nothing writes nothing. */
  public EnterpriseView change(String creditCode, String actor, BiConsumer<Enterprise, Stamp> command) {
    return change(creditCode, actor, enterprise -> { }, command, enterprise -> { });
  }

  private EnterpriseView change(String creditCode, String actor, Consumer<Enterprise> before,
      BiConsumer<Enterprise, Stamp> command, Consumer<Enterprise> after) {
    Loaded loaded = store.load(creditCode).orElseThrow(() -> notFound(creditCode));
    before.accept(loaded.enterprise());
    command.accept(loaded.enterprise(), stamp(actor));
    after.accept(loaded.enterprise());
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

  /** The enterprise, if the caller reaches it by its current jurisdiction (or it is the caller's own); else 404. */
  public Enterprise get(String creditCode, Caller caller) {
    Enterprise enterprise = get(creditCode);
    requireReach(caller, enterprise);
    return enterprise;
  }

  /** No such enterprise, or none the caller reaches: the same answer, so as not to confirm the code is registered. */
  private static NotFound notFound(String creditCode) {
    return new NotFound("no enterprise " + creditCode + " in the register");
  }

  /** The code is registered already; the existing record (/api/enterprises/{code}) is the one to change. */
  private static Conflict alreadyRegistered(String creditCode) {
    return new Conflict("enterprise " + creditCode + " is registered already", "enterprises", creditCode);
  }

  private static void requireReach(Caller caller, Enterprise enterprise) {
    // The same message as an unknown code: a 404 must not tell an outsider that the code is registered.
    if (!caller.reaches(enterprise.currentProfile().jurisdiction(), enterprise.creditCode())) {
      throw notFound(enterprise.creditCode());
    }
  }

  /** For commands that name the jurisdiction themselves (a new enterprise, a move): out of reach is 403. */
  private static void requireCovers(Caller caller, String jurisdiction, String creditCode) {
    if (!caller.reaches(jurisdiction, creditCode)) {
      throw OutsideJurisdiction.of(jurisdiction, caller.subject());
    }
  }

  /**
   * Enterprises by their current profile, among those the caller reaches (its jurisdictions; an enterprise only
   * itself); the reach is part of the query.
   */
  public Found search(Filter filter, Caller caller, int page, int size) {
    return store.search(filter, reachOf(caller), page, size);
  }

  /** What the caller may list: an enterprise only itself, everyone else their jurisdictions (see Caller#reaches). */
  static Reach reachOf(Caller caller) {
    return caller.ownCreditCodeOnly()
        .map(own -> new Reach(Set.of(), own))
        .orElseGet(() -> new Reach(caller.jurisdictions(),
            caller.has(Role.ENTERPRISE) ? caller.creditCode().orElse(null) : null));
  }

  public Jurisdictions jurisdictions() {
    return jurisdictions;
  }

  private void count(List<EnterpriseEvent> happened) {
    happened.forEach(event -> meters.counter("wageguard.registry.changes",
        "type", event.getClass().getSimpleName(),
        "jurisdiction", event.snapshot().profile().jurisdiction()).increment());
  }
}
