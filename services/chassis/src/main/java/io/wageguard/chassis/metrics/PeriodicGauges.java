package io.wageguard.chassis.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.wageguard.contracts.ContractPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Business gauges read from the database on a schedule, never on scrape: a subclass counts what it
 * needs in {@link #refresh()} and publishes the rows with {@link #publish}; a scrape reads the cached
 * values. Rows are seeded with zeros for every reference jurisdiction (and the enums a subclass names),
 * so every series exists from start-up and a dashboard never shows "no data" for a quiet jurisdiction.
 * A failed refresh keeps the last values. Tags must be bounded: jurisdiction codes, levels, statuses.
 */
public abstract class PeriodicGauges implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PeriodicGauges.class);
  private static volatile List<String> jurisdictions;

  private final String name;
  private final Duration interval;
  private final MeterRegistry meters;
  private final Map<String, MultiGauge> gauges = new LinkedHashMap<>();
  private ScheduledExecutorService scheduler;
  private volatile boolean running;
  private volatile boolean lastFailed;

  protected PeriodicGauges(String name, MeterRegistry meters, Duration interval) {
    this.name = name;
    this.meters = meters;
    this.interval = interval;
  }

  /** Counts from the database and calls {@link #publish} for each gauge. Runs on the refresh thread. */
  protected abstract void refresh();

  /** Declares a gauge (name, description, base unit or null); call from the subclass's constructor. */
  protected final void declare(String gauge, String description, String baseUnit) {
    MultiGauge.Builder builder = MultiGauge.builder(gauge).description(description);
    if (baseUnit != null) {
      builder.baseUnit(baseUnit);
    }
    gauges.put(gauge, builder.register(meters));
  }

  /** Replaces the rows of a gauge: tags → value. Rows missing here disappear from the scrape. */
  protected final void publish(String gauge, Map<Tags, ? extends Number> rows) {
    MultiGauge multiGauge = gauges.get(gauge);
    if (multiGauge == null) {
      throw new IllegalArgumentException("gauge " + gauge + " was not declared");
    }
    List<MultiGauge.Row<?>> list = new ArrayList<>();
    rows.forEach((tags, value) -> list.add(MultiGauge.Row.of(tags, value)));
    multiGauge.register(list, true);
  }

  /** The GB/T 2260 codes of contracts/reference/jurisdictions.json, read once. */
  public static List<String> referenceJurisdictions() {
    List<String> known = jurisdictions;
    if (known == null) {
      try (InputStream in = PeriodicGauges.class.getClassLoader().getResourceAsStream(ContractPaths.JURISDICTIONS)) {
        if (in == null) {
          throw new IllegalStateException(ContractPaths.JURISDICTIONS + " is not on the classpath");
        }
        JsonNode root = JsonMapper.builder().build().readTree(in);
        List<String> codes = new ArrayList<>();
        root.path("jurisdictions").forEach(j -> codes.add(j.path("code").asString()));
        known = jurisdictions = List.copyOf(codes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return known;
  }

  private void refreshSafely() {
    try {
      refresh();
      if (lastFailed) {
        log.info("business gauges {}: refresh works again", name);
      }
      lastFailed = false;
    } catch (RuntimeException e) {
      if (!lastFailed) {
        log.warn("business gauges {}: refresh failed, keeping the last values: {}", name, e.toString());
      }
      lastFailed = true;
    }
  }

  @Override
  public void start() {
    running = true;
    scheduler = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("gauges-" + name).factory());
    scheduler.scheduleWithFixedDelay(this::refreshSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
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

  /** Refreshes now, on the caller's thread (tests). */
  public void refreshNow() {
    refresh();
  }
}
