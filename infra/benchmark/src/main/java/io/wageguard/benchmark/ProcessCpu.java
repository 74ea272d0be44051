package io.wageguard.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time each process of the run has used: this JVM (load generator, meter and the devstack's MongoDB-wire
 * server) and every process it started (broker, issuer, services). Two readings around a burst tell what one
 * submission costs in CPU, per process, and how busy the machine's cores were: when they were all busy, the
 * machine, not any one service, bounds the throughput.
 */
record ProcessCpu(Map<String, Duration> used, long atNanos) {

  static ProcessCpu read() {
    Map<String, Duration> used = new TreeMap<>();
    ProcessHandle self = ProcessHandle.current();
    self.info().totalCpuDuration().ifPresent(cpu -> used.put("benchmark + MongoDB-wire server", cpu));
    self.descendants().forEach(process -> process.info().totalCpuDuration().ifPresent(cpu ->
        used.merge(nameOf(process), cpu, Duration::plus)));
    return new ProcessCpu(used, System.nanoTime());
  }

  private static String nameOf(ProcessHandle process) {
    String command = String.join(" ", process.info().arguments().orElse(new String[0]));
    if (command.contains("kafka.Kafka")) {
      return "Kafka broker";
    }
    for (String name : new String[] {"enterprise-registry", "arrears-reporting", "deposit-accounts", "alerting",
        "auth-server"}) {
      if (command.contains(name + "-")) {
        return name;
      }
    }
    return "other (pid " + process.pid() + ")";
  }

  /** Prints the CPU used since {@code before}, per unit of work, and the cores' utilisation over that time. */
  void printSince(ProcessCpu before, int units, String unit) {
    System.out.printf("  %-34s %14s%n", "process", "CPU ms per " + unit);
    long total = 0;
    for (Map.Entry<String, Duration> entry : used.entrySet()) {
      long spent = entry.getValue().minus(before.used.getOrDefault(entry.getKey(), Duration.ZERO)).toMillis();
      total += spent;
      System.out.printf("  %-34s %14.2f%n", entry.getKey(), (double) spent / units);
    }
    double wallMillis = (atNanos - before.atNanos) / 1e6;
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf("  %-34s %14.2f  (%.0f%% of %d cores over %.1f s)%n", "all", (double) total / units,
        100.0 * total / wallMillis / cores, cores, wallMillis / 1000);
  }
}
