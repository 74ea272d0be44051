package io.wageguard.devstack;

import io.wageguard.chassis.time.ClockSetting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the devstack keeps its data and listens. Command-line options win over {@code WAGEGUARD_*}
 * environment variables, which win over the defaults.
 */
public record DevstackConfig(
        Path repoRoot,
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        int authPort,
        int portBase,
        List<WageguardService> services,
        Duration startupTimeout,
        Instant clockStart,
        Duration depositSweepInterval) {

    private static final List<Option> OPTIONS = List.of(
            new Option("data-dir", "DIR", "WAGEGUARD_DATA_DIR", "<repo>/.devstack",
                    "where Kafka, MongoDB and the logs keep their files"),
            new Option("kafka-port", "PORT", "WAGEGUARD_KAFKA_PORT", "9092", "Kafka bootstrap (PLAINTEXT) port"),
            new Option("kafka-controller-port", "PORT", "WAGEGUARD_KAFKA_CONTROLLER_PORT", "9093", "KRaft controller port"),
            new Option("mongo-port", "PORT", "WAGEGUARD_MONGO_PORT", "27017", "MongoDB wire protocol port"),
            new Option("auth-port", "PORT", "WAGEGUARD_AUTH_PORT", "9000",
                    "the OpenID Connect issuer (auth-server), http://localhost:PORT"),
            new Option("port-base", "PORT", "WAGEGUARD_PORT_BASE", "8080", "services listen on base+1 .. base+4"),
            new Option("services", "LIST", "WAGEGUARD_SERVICES", "all", "comma-separated service names, 'all' or 'none'"),
            new Option("startup-timeout", "SECONDS", "WAGEGUARD_STARTUP_TIMEOUT", "180",
                    "how long the broker and the services may take to become ready"),
            new Option("clock-start", "WHEN", "WAGEGUARD_CLOCK_START", "the machine's clock",
                    "the services' clock shows WHEN at start-up and runs from there, e.g. 2026-11-24T09:00:00+08:00"
                            + " or 2026-11-24 (00:00 Asia/Shanghai); for trying dated scenarios, never production"),
            new Option("deposit-sweep-interval", "DURATION", "WAGEGUARD_DEPOSIT_SWEEP_INTERVAL",
                    "deposit-accounts' own (PT1M)",
                    "how often deposit-accounts looks for missed deadlines (EW-7), an ISO duration such as PT5S;"
                            + " for tests and trying scenarios"));

    public DevstackConfig {
        services = List.copyOf(services);
    }

    /** All defaults, on the given ports; what a test needs. */
    public static DevstackConfig of(Path repoRoot, Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
                                    int authPort, int portBase, List<WageguardService> services) {
        return new DevstackConfig(repoRoot, dataDir, kafkaPort, kafkaControllerPort, mongoPort, authPort, portBase,
                services, Duration.ofSeconds(180), null, null);
    }

    /** The same stack, its services' clock showing {@code start} when the stack starts (see {@link #clockStart}). */
    public DevstackConfig withClockStart(Instant start) {
        return new DevstackConfig(repoRoot, dataDir, kafkaPort, kafkaControllerPort, mongoPort, authPort, portBase,
                services, startupTimeout, start, depositSweepInterval);
    }

    /**
     * The same stack, deposit-accounts looking for missed deadlines every {@code interval} instead of its configured
     * {@code wageguard.deposits.sweep-interval} (null: the service's own); a test that waits for EW-7 waits that long.
     */
    public DevstackConfig withDepositSweepInterval(Duration interval) {
        return new DevstackConfig(repoRoot, dataDir, kafkaPort, kafkaControllerPort, mongoPort, authPort, portBase,
                services, startupTimeout, clockStart, interval);
    }

    /** As above, with the issuer on its default port 9000 (so only one such devstack at a time). */
    public static DevstackConfig of(Path repoRoot, Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
                                    int portBase, List<WageguardService> services) {
        return of(repoRoot, dataDir, kafkaPort, kafkaControllerPort, mongoPort, 9000, portBase, services);
    }

    /**
     * The issuer's public name: the {@code iss} of its tokens, and what the services are given as
     * {@code WAGEGUARD_ISSUER_URI} to find its discovery document and keys.
     */
    public String issuerUri() {
        return "http://localhost:" + authPort;
    }

    /** Thrown for {@code --help}; its message is the usage text. */
    public static final class HelpRequested extends RuntimeException {
        HelpRequested(String usage) {
            super(usage, null, false, false);
        }
    }

    public static DevstackConfig parse(String[] args, Map<String, String> env, Path workingDir) {
        Map<String, String> values = new HashMap<>();
        for (Option option : OPTIONS) {
            String fromEnv = env.get(option.envVar());
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(option.name(), fromEnv.trim());
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new HelpRequested(usage());
            }
            if (!arg.startsWith("--")) {
                throw new DevstackException("Unexpected argument '" + arg + "'\n\n" + usage());
            }
            int eq = arg.indexOf('=');
            String name = eq >= 0 ? arg.substring(2, eq) : arg.substring(2);
            if (OPTIONS.stream().noneMatch(o -> o.name().equals(name))) {
                throw new DevstackException("Unknown option --" + name + "\n\n" + usage());
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new DevstackException("Option --" + name + " needs a value\n\n" + usage());
            }
            values.put(name, value.trim());
        }

        Path repoRoot = Optional.ofNullable(env.get("WAGEGUARD_REPO_ROOT")).map(Path::of)
                .orElseGet(() -> findRepoRoot(workingDir));
        Path dataDir = Optional.ofNullable(values.get("data-dir")).map(p -> workingDir.resolve(p))
                .orElse(repoRoot.resolve(".devstack"));
        return new DevstackConfig(
                repoRoot.toAbsolutePath().normalize(),
                dataDir.toAbsolutePath().normalize(),
                port(values, "kafka-port", 9092),
                port(values, "kafka-controller-port", 9093),
                port(values, "mongo-port", 27017),
                port(values, "auth-port", 9000),
                port(values, "port-base", 8080),
                services(values.getOrDefault("services", "all")),
                Duration.ofSeconds(number(values, "startup-timeout", 180)),
                Optional.ofNullable(values.get("clock-start")).map(DevstackConfig::instant).orElse(null),
                Optional.ofNullable(values.get("deposit-sweep-interval")).map(DevstackConfig::interval).orElse(null));
    }

    /** A positive ISO-8601 duration, e.g. PT5S. */
    static Duration interval(String text) {
        Duration interval;
        try {
            interval = Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new DevstackException("--deposit-sweep-interval must be an ISO-8601 duration such as PT5S, not '"
                    + text + "'");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new DevstackException("--deposit-sweep-interval must be positive, not " + text);
        }
        return interval;
    }

    /** A date (00:00 in Asia/Shanghai, the services' business zone) or a date and time with its offset. */
    static Instant instant(String text) {
        try {
            return ClockSetting.instant(text);
        } catch (IllegalStateException e) {
            throw new DevstackException(e.getMessage().replace(ClockSetting.START, "--clock-start"));
        }
    }

    public static String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: infra/devstack/run [--no-build] [options]

                Starts a KRaft Kafka broker, a MongoDB-wire server, the OpenID Connect issuer and the Wageguard
                services on this machine, without Docker. Ctrl-C stops everything; the data directory keeps topics,
                records, documents and the issuer's signing keys.

                Options (or the environment variable shown):
                """);
        for (Option option : OPTIONS) {
            text.append(String.format("  --%-30s %s%n  %-32s env %s, default %s%n",
                    option.name() + "=" + option.valueName(), option.help(), "", option.envVar(), option.defaultValue()));
        }
        text.append(String.format("  --%-30s %s%n", "no-build", "(run script only) skip ./mvnw package"));
        text.append(String.format("  --%-30s %s%n", "demo", "after start-up, load demo enterprises, cases, deposits"
                + " (idempotent)"));
        text.append(String.format("  --%-30s %s%n", "help", "this text"));
        text.append("\nServices: ").append(String.join(", ", WageguardService.names())).append('\n');
        return text.toString();
    }

    static List<WageguardService> services(String spec) {
        String trimmed = spec.trim();
        if (trimmed.equals("all")) {
            return List.of(WageguardService.values());
        }
        if (trimmed.equals("none") || trimmed.isEmpty()) {
            return List.of();
        }
        List<WageguardService> chosen = new ArrayList<>();
        for (String name : trimmed.split(",")) {
            WageguardService service = WageguardService.byName(name.trim()).orElseThrow(() -> new DevstackException(
                    "Unknown service '" + name.trim() + "'; known: " + String.join(", ", WageguardService.names())));
            if (!chosen.contains(service)) {
                chosen.add(service);
            }
        }
        return chosen;
    }

    /** The nearest directory upwards that holds the Maven wrapper and services/. */
    static Path findRepoRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("services"))) {
                return dir;
            }
        }
        throw new DevstackException("Cannot find the Wageguard repository above " + start
                + "; run from inside it or set WAGEGUARD_REPO_ROOT");
    }

    private static int port(Map<String, String> values, String name, int fallback) {
        int port = number(values, name, fallback);
        if (port < 1 || port > 65535) {
            throw new DevstackException("--" + name + " must be a port number, not " + port);
        }
        return port;
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new DevstackException("--" + name + " must be a number, not '" + value + "'");
        }
    }

    private record Option(String name, String valueName, String envVar, String defaultValue, String help) {
    }
}
