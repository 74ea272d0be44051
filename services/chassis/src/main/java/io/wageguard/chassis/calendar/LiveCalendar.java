package io.wageguard.chassis.calendar;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.AuditTrailRecorder;
import io.wageguard.chassis.time.CalendarCatalog;
import io.wageguard.chassis.time.CalendarCatalog.Change;
import io.wageguard.chassis.time.CalendarCatalog.Kind;
import io.wageguard.chassis.time.CalendarCatalog.Reading;
import io.wageguard.chassis.time.CalendarFileCheck;
import io.wageguard.chassis.time.CalendarSnapshot;
import io.wageguard.chassis.time.CalendarSources;
import io.wageguard.chassis.time.WorkingDayCalendar;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * The working-day calendar in force: the packaged years plus the operator's directory
 * ({@code wageguard.calendar.directory}), re-read every {@code wageguard.calendar.reload-interval} and on an
 * admin's request. Each reading is decided by {@link CalendarCatalog}; a change is logged, counted, recorded in
 * the audit trail and published as {@link CalendarChanged}. A refused file is logged as an error once per content,
 * and the service keeps the calendar it had.
 */
public class LiveCalendar implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LiveCalendar.class);
  /** Who changed the calendar when no person asked: the schedule, or the start-up. */
  static final String SCHEDULE = "wageguard:calendar-schedule";
  static final String START_UP = "wageguard:start-up";

  private final List<CalendarFileCheck.Result> packaged;
  private final Path directory;
  private final Duration interval;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<AuditTrailRecorder> auditTrail;
  private final MeterRegistry meters;
  private final AtomicReference<CalendarSnapshot> current = new AtomicReference<>();
  private final Reading startUp;
  private ScheduledExecutorService scheduler;
  private volatile boolean running;

  /** @param directory the operator's directory, or null for the packaged years only */
  public LiveCalendar(Path directory, Duration interval, ApplicationEventPublisher events,
      ObjectProvider<AuditTrailRecorder> auditTrail, MeterRegistry meters) {
    this.packaged = CalendarSources.packaged(LiveCalendar.class.getClassLoader());
    this.directory = directory;
    this.interval = interval;
    this.events = events;
    this.auditTrail = auditTrail;
    this.meters = meters;
    // Read at once, so Periods answers from the first bean that asks; audit and event wait for start().
    this.startUp = read(null);
    current.set(startUp.snapshot());
    log(startUp);
    Gauge.builder("wageguard.calendar.files.refused", () -> current.get().refused().size())
        .description("Calendar files refused by the last reading (the service runs on the calendar it had)")
        .register(meters);
    Gauge.builder("wageguard.calendar.years.official", () -> current.get().years().size())
        .description("Years with an official working-day calendar in force").register(meters);
  }

  /** The calendar in force now (what {@code Periods} computes with). */
  public WorkingDayCalendar calendar() {
    return current.get().calendar();
  }

  public CalendarSnapshot snapshot() {
    return current.get();
  }

  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * Reads the directory again and puts the result in force; {@code actor} and {@code roles} name who asked in the
   * audit trail.
   */
  public synchronized Reading reload(String actor, List<String> roles) {
    Reading reading = read(current.get());
    current.set(reading.snapshot());
    log(reading);
    publish(reading, actor, roles, false);
    return reading;
  }

  private Reading read(CalendarSnapshot previous) {
    if (directory == null) {
      return CalendarCatalog.read(previous, packaged, List.of(), null);
    }
    CalendarSources.DirectoryReading files = CalendarSources.directory(directory);
    return CalendarCatalog.read(previous, packaged, files.files(), files.error());
  }

  private void log(Reading reading) {
    if (reading.changes().isEmpty()) {
      return;
    }
    reading.notes().forEach(note -> log.warn("calendar: {}", note));
    for (Change change : reading.changes()) {
      switch (change.kind()) {
        case REFUSED -> log.error("calendar: REFUSED {} as a whole, the calendar in force is kept ({}): {}",
            change.file(), current.get().version(), change.violations().stream()
                .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        case REMOVED -> log.warn("calendar: {}", change.detail());
        default -> log.info("calendar: {}", change.detail());
      }
    }
    reading.snapshot().ignored().forEach(ignored -> log.warn("calendar: ignored {}", ignored));
    log.info("calendar in force: {} (official years {}, directory {})", reading.snapshot().version(),
        reading.snapshot().years().keySet(), directory == null ? "none" : directory);
  }

  private void publish(Reading reading, String actor, List<String> roles, boolean atStartUp) {
    for (Change change : reading.changes()) {
      meters.counter("wageguard.calendar.changes", "kind", change.kind().name()).increment();
      AuditTrailRecorder trail = auditTrail.getIfAvailable();
      if (trail != null) {
        boolean refused = change.kind() == Kind.REFUSED;
        String detail = refused ? change.detail() + ": " + change.violations().stream()
            .map(Violation::field).collect(Collectors.joining(", ")) : change.detail();
        trail.recordChange(actor, roles, CalendarAdministration.PATH, refused ? 422 : 200,
            "calendar." + change.kind().name().toLowerCase(), detail + " [version " + reading.snapshot().version()
                + "]");
      }
    }
    if (atStartUp) {
      // Every official year: deadlines stored as provisional while this service was down are caught up.
      events.publishEvent(CalendarChanged.of(reading.snapshot().years().keySet(), reading.snapshot().version(),
          true));
    } else if (!reading.changedYears().isEmpty()) {
      events.publishEvent(CalendarChanged.of(reading.changedYears(), reading.snapshot().version(), false));
    }
  }

  private void reloadOnSchedule() {
    try {
      reload(SCHEDULE, List.of());
    } catch (RuntimeException e) {
      log.error("calendar: scheduled reading failed, the calendar in force is kept: {}", e.toString(), e);
    }
  }

  @Override
  public void start() {
    running = true;
    publish(startUp, START_UP, List.of(), true);
    if (directory != null) {
      scheduler = Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("calendar-reload").factory());
      scheduler.scheduleWithFixedDelay(this::reloadOnSchedule, interval.toMillis(), interval.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void stop() {
    running = false;
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
