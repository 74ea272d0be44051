package io.wageguard.benchmark;

import io.wageguard.devstack.ApiClient;
import io.wageguard.devstack.WageguardService;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MongoDB commands each service has sent, read from the driver's Micrometer timer
 * ({@code mongodb_driver_commands_seconds_count}) on its {@code /actuator/prometheus}. Two readings, one before
 * and one after a burst, tell how many operations a submission costs, per service, collection and command:
 * on a backend where each operation is slow, that count is what to cut.
 */
record MongoOperationCount(Map<String, Double> counts, Map<String, Double> seconds) {

  private static final Pattern SERIES = Pattern.compile(
      "^mongodb_driver_commands_seconds_(count|sum)\\{([^}]*)\\}\\s+([0-9.eE+-]+)$");
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** One reading of every service, as the MONITORING account. */
  static MongoOperationCount read(ApiClient monitoring) {
    Map<String, Double> counts = new TreeMap<>();
    Map<String, Double> seconds = new TreeMap<>();
    for (WageguardService service : WageguardService.values()) {
      String body = monitoring.get(service.serviceName(), "/actuator/prometheus").body();
      for (String line : body.split("\n")) {
        Matcher series = SERIES.matcher(line.trim());
        if (!series.matches()) {
          continue;
        }
        Map<String, String> labels = new TreeMap<>();
        Matcher label = LABEL.matcher(series.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
        String key = "%-20s %-26s %s".formatted(service.serviceName(), labels.getOrDefault("collection", "-"),
            labels.getOrDefault("command", "-"));
        (series.group(1).equals("count") ? counts : seconds)
            .merge(key, Double.parseDouble(series.group(3)), Double::sum);
      }
    }
    return new MongoOperationCount(counts, seconds);
  }

  /** Prints what happened between {@code before} and this reading, per unit of work. */
  void printSince(MongoOperationCount before, int units, String unit) {
    System.out.printf("  %-20s %-26s %-14s %10s %12s%n", "service", "collection", "command", "per " + unit,
        "ms each");
    double total = 0;
    double totalSeconds = 0;
    for (Map.Entry<String, Double> entry : counts.entrySet()) {
      double count = entry.getValue() - before.counts.getOrDefault(entry.getKey(), 0.0);
      if (count < 0.5) {
        continue;
      }
      double spent = seconds.getOrDefault(entry.getKey(), 0.0) - before.seconds.getOrDefault(entry.getKey(), 0.0);
      total += count;
      totalSeconds += spent;
      System.out.printf("  %-62s %10.2f %12.2f%n", entry.getKey(), count / units, spent * 1000 / count);
    }
    System.out.printf("  %-62s %10.2f %12.2f%n", "all services", total / units, totalSeconds * 1000 / total);
  }
}
