package io.wageguard.system;

import io.wageguard.devstack.Devstack;
import io.wageguard.devstack.DevstackConfig;
import io.wageguard.devstack.RunningDevstack;
import io.wageguard.devstack.WageguardService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole system, started once per test JVM and shared by every system test class: the four services
 * as separate processes, started by the devstack exactly as the README's run command starts them, on one
 * real KRaft broker and one MongoDB-wire server. Stopped by the devstack's shutdown hook.
 */
final class RunningSystem {

  /**
   * The instant the services' clock shows when the suite starts it (issue 14: the suite owns its clock). The rule
   * suites are dated scenarios of autumn 2026 (National Day, the Spring Festival, make-up days of
   * contracts/reference/calendar/2026.json) asserted as of this morning, whatever day the machine says it is.
   * {@code -Dwageguard.system.clock-start=...} moves it, e.g. to see what a later day would change.
   */
  static final Instant CLOCK_START = Instant.from(java.time.OffsetDateTime.parse(
      System.getProperty("wageguard.system.clock-start", "2026-11-24T09:00:00+08:00")));

  /**
   * How often the suite's deposit-accounts looks for missed deadlines (EW-7). The devstack passes it as
   * {@code wageguard.deposits.sweep-interval}. It stays the service's own minute for now: two High-tech Zone tests
   * ({@code nothingDueAtTheCap}, {@code monthAtTheCapStaysFreeAfterADrawdown}) set up an account with back-dated
   * facts, and a sweep that runs between two of those calls sees a deadline briefly unmet; at a few seconds that
   * race is about twelve times likelier. A sweep the tests trigger themselves (a dev/test-only endpoint, the
   * schedule off) removes it; until then {@code -Dwageguard.system.deposit-sweep-interval=PT5S} runs the suites
   * in about 51 s instead of 370 s, accepting the race.
   */
  static final Duration DEPOSIT_SWEEP_INTERVAL = Duration.parse(
      System.getProperty("wageguard.system.deposit-sweep-interval", "PT1M"));

  private static RunningDevstack devstack;

  private RunningSystem() {}

  static synchronized RunningDevstack get() {
    if (devstack == null) {
      devstack = startSeparate("wageguard-system-");
    }
    return devstack;
  }

  /**
   * A devstack of its own (free ports, a new temporary data directory), for a test that kills or stops parts of
   * the system and so must not share it; the caller closes it.
   */
  static RunningDevstack startSeparate(String dataDirPrefix) {
    try {
      Path repoRoot = Path.of("").toAbsolutePath().getParent().getParent();
      Path dataDir = Files.createTempDirectory(dataDirPrefix);
      int[] ports = freePorts(4); // Kafka, KRaft controller, MongoDB, the issuer
      return Devstack.start(DevstackConfig.of(repoRoot, dataDir, ports[0], ports[1], ports[2], ports[3],
          freePortBase(), List.of(WageguardService.values()))
          .withClockStart(CLOCK_START).withDepositSweepInterval(DEPOSIT_SWEEP_INTERVAL));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Today's business date on the services' clock (never the machine's: see {@link #CLOCK_START}). */
  static LocalDate today() {
    return get().today();
  }

  static String url(String service, String path) {
    return get().serviceUrl(service) + path;
  }

  private static int[] freePorts(int count) throws IOException {
    int[] ports = new int[count];
    for (int i = 0; i < count; i++) {
      try (ServerSocket socket = new ServerSocket(0)) {
        ports[i] = socket.getLocalPort();
      }
    }
    return ports;
  }

  /** A base port with base+1..base+4 free, for the four services. */
  private static int freePortBase() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base;
      try (ServerSocket socket = new ServerSocket(0)) {
        base = socket.getLocalPort() - 1;
      }
      boolean allFree = true;
      for (int offset = 1; offset <= 4 && allFree; offset++) {
        try (ServerSocket probe = new ServerSocket(base + offset)) {
          allFree = probe.getLocalPort() == base + offset;
        } catch (IOException taken) {
          allFree = false;
        }
      }
      if (allFree) {
        return base;
      }
    }
    throw new IOException("no four consecutive free ports found");
  }
}
