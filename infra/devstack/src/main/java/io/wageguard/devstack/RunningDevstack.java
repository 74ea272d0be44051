package io.wageguard.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * The broker, the MongoDB-wire server, the OpenID Connect issuer and the services of one devstack.
 * {@link #close()} (also run by a JVM shutdown hook, so Ctrl-C and a dying test JVM leave nothing behind) stops
 * the services first, then the issuer, Kafka and MongoDB.
 */
public final class RunningDevstack implements AutoCloseable {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration KAFKA_STOP_GRACE = Duration.ofSeconds(60);
    private static final Duration AUTH_STOP_GRACE = Duration.ofSeconds(20);

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final DevstackConfig config;
    private final Duration clockOffset;
    private final Thread shutdownHook = new Thread(this::close, "devstack-shutdown");
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<ServiceProcess> services = new ArrayList<>();
    /** Children stopped on purpose by a fault method: their exit is not "unexpected". */
    private final Set<ChildProcess> stoppedOnPurpose = ConcurrentHashMap.newKeySet();
    private MongoWireServer mongo;
    private boolean mongoCut;
    private AuthServerProcess authServer;
    private AccessTokens tokens;
    private ChildProcess brokerProcess;
    private volatile KafkaBroker kafka;
    private Duration infrastructureStartup;
    private boolean closed;

    RunningDevstack(DevstackConfig config) {
        this.config = config;
        // Fixed once, so that every service (and a restarted one) agrees on "now" with this stack's clock().
        this.clockOffset = config.clockStart() == null ? Duration.ZERO
                : Duration.between(Instant.now(), config.clockStart());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    void start() {
        ChildProcess.stopLeftovers(config.dataDir().resolve("run"));
        requireFreePorts();
        Map<WageguardService, Path> jars = new LinkedHashMap<>();
        config.services().forEach(s -> jars.put(s, ServiceProcess.executableJar(config.repoRoot(), s)));
        Path authJar = AuthServerProcess.executableJar(config.repoRoot());
        Instant begin = Instant.now();
        Instant deadline = begin.plus(config.startupTimeout());

        // The issuer boots while MongoDB and Kafka do; the services are started only once it answers.
        AuthServerProcess startedAuth = AuthServerProcess.start(authJar, config);
        synchronized (this) {
            if (closed) {
                startedAuth.process().stop(AUTH_STOP_GRACE);
                throw stoppedDuringStartUp();
            }
            authServer = startedAuth;
            tokens = new AccessTokens(startedAuth.tokenUrl(), HTTP, System::getenv, java.time.Clock.systemUTC());
        }

        MongoWireServer startedMongo = MongoWireServer.start(config.dataDir(), config.mongoPort());
        synchronized (this) {
            if (closed) {
                startedMongo.stop();
                throw stoppedDuringStartUp();
            }
            mongo = startedMongo;
        }
        progress("MongoDB wire server on 127.0.0.1:%d (file %s)", config.mongoPort(), startedMongo.file());

        KafkaBroker startedKafka = KafkaBroker.start(config, config.startupTimeout(), this::adoptBroker);
        kafka = startedKafka;
        watch(startedKafka.process());
        infrastructureStartup = Duration.between(begin, Instant.now());
        progress("Kafka broker on %s, pid %d (Kafka + MongoDB up in %.1f s)", startedKafka.bootstrap(),
                startedKafka.process().pid(), infrastructureStartup.toMillis() / 1000.0);

        startedAuth.awaitReady(deadline);
        watch(startedAuth.process());
        progress("OpenID Connect issuer %s is up, pid %d", startedAuth.issuer(), startedAuth.process().pid());

        jars.forEach((service, jar) -> {
            ServiceProcess started = ServiceProcess.start(service, jar, config, startedKafka.bootstrap(),
                    startedMongo.uri(service.database()), clockOffset, false);
            synchronized (this) {
                if (closed) {
                    started.process().stop(SERVICE_STOP_GRACE);
                    throw stoppedDuringStartUp();
                }
                services.add(started);
            }
            progress("starting %s from %s", service.serviceName(), jar.getFileName());
        });
        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitHealthy(deadline);
            watch(service.process());
            progress("%s is UP at %s", service.service().serviceName(), service.baseUrl());
        }
    }

    public DevstackConfig config() {
        return config;
    }

    /**
     * The services' clock: the machine's, or moved by {@code --clock-start} (the services run under the {@code dev}
     * profile with {@code WAGEGUARD_CLOCK_OFFSET}). Tests and the demo derive "today" from it, never from the machine.
     */
    public Clock clock() {
        return Clock.offset(Clock.system(SHANGHAI), clockOffset);
    }

    /** Today's business date (P-1, Asia/Shanghai) on {@link #clock()}. */
    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    /**
     * Kafka client properties (bootstrap servers, SASL/SCRAM login) for one principal of
     * {@code KafkaAccessControl}: {@code admin} (super user, for test tools and benchmarks),
     * {@code labour-bureau-gateway} (may only write {@code arrears.submissions}) or a service's name.
     */
    public Map<String, Object> kafkaClientProperties(String principal) {
        return KafkaBroker.clientProperties(kafka.bootstrap(), principal);
    }

    public String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + config.mongoPort() + "/" + database;
    }

    public String serviceUrl(String name) {
        return service(name).baseUrl();
    }

    /**
     * A REST client acting as one of the issuer's accounts (e.g. {@code labour-bureau-taicang}): each request
     * carries the account's access token (client_credentials), reused until shortly before it expires.
     */
    public ApiClient client(String account) {
        AccessTokens issuerTokens = tokens;
        return new ApiClient(this, HTTP, () -> java.util.Optional.of(issuerTokens.token(account)));
    }

    /** The issuer's public name ({@code iss}), also given to every service as {@code WAGEGUARD_ISSUER_URI}. */
    public String issuerUri() {
        return config.issuerUri();
    }

    /** An access token of the account, as {@link #client(String)} sends it. */
    public String accessToken(String account) {
        return tokens.token(account);
    }

    /** How long the MongoDB-wire server and the broker took until the broker answered. */
    public Duration infrastructureStartup() {
        return infrastructureStartup;
    }

    ProcessHandle kafkaProcess() {
        return ProcessHandle.of(kafka.process().pid()).orElseThrow();
    }

    // ------------------------------------------------------------------ faults, for tests (loopback only)

    /** The service's readiness probe ({@code /actuator/health/readiness}: readinessState, mongoPing, kafka). */
    public String readinessUrl(String name) {
        return service(name).readinessUrl();
    }

    /** Whether the service's JVM is running. */
    public boolean isRunning(String name) {
        return service(name).process().isAlive();
    }

    /**
     * {@code kill -9} of the service's JVM: no shutdown hook runs, consumers leave no committed offsets behind
     * beyond what they had committed, the outbox relay stops wherever it was. {@link #restart(String)} brings it back.
     */
    public void kill(String name) {
        ServiceProcess victim = service(name);
        stoppedOnPurpose.add(victim.process());
        victim.process().kill();
        progress("%s killed (SIGKILL), pid %d", name, victim.process().pid());
    }

    /**
     * Starts the service again (stopping it gracefully first if it still runs) with the same ports, database
     * and log file (appended), and waits until its {@code /actuator/health} says UP.
     */
    public void restart(String name) {
        ServiceProcess old = service(name);
        if (old.process().isAlive()) {
            stoppedOnPurpose.add(old.process());
            old.process().stop(SERVICE_STOP_GRACE);
        }
        ServiceProcess started = ServiceProcess.start(old.service(),
                ServiceProcess.executableJar(config.repoRoot(), old.service()), config, kafka.bootstrap(),
                mongoUri(old.service().database()), clockOffset, true);
        synchronized (this) {
            if (closed) {
                started.process().stop(SERVICE_STOP_GRACE);
                throw new DevstackException("Stopped while restarting " + name);
            }
            services.set(services.indexOf(old), started);
        }
        started.awaitHealthy(Instant.now().plus(config.startupTimeout()));
        watch(started.process());
        progress("%s restarted, pid %d, UP at %s", name, started.process().pid(), started.baseUrl());
    }

    /**
     * Stops the broker (SIGTERM, a controlled shutdown; {@code kill = true}: SIGKILL) and starts it again on the
     * same ports and data directory; returns when it answers. The services keep running and reconnect.
     */
    public void restartKafka(boolean kill) {
        ChildProcess old = kafka.process();
        stoppedOnPurpose.add(old);
        if (kill) {
            old.kill();
        } else {
            old.stop(KAFKA_STOP_GRACE);
        }
        progress("Kafka broker %s (pid %d)", kill ? "killed" : "stopped", old.pid());
        KafkaBroker started = KafkaBroker.start(config, config.startupTimeout(), this::adoptBroker, true);
        kafka = started;
        watch(started.process());
        progress("Kafka broker restarted on %s, pid %d", started.bootstrap(), started.process().pid());
    }

    /**
     * A MongoDB outage as the services see it: the port refuses connections and open connections are reset until
     * {@link #startMongo()}. The server itself keeps running, so nothing it holds is at risk.
     */
    public synchronized void stopMongo() {
        if (mongo == null || mongoCut) {
            return;
        }
        mongo.cutNetwork();
        mongoCut = true;
        progress("MongoDB wire server cut off the network");
    }

    /** Ends {@link #stopMongo()}'s outage: the same port, the same documents. */
    public synchronized void startMongo() {
        if (closed) {
            throw new DevstackException("The devstack is closed");
        }
        if (mongo != null && mongoCut) {
            mongo.restoreNetwork();
            mongoCut = false;
            progress("MongoDB wire server back on 127.0.0.1:%d", config.mongoPort());
        }
    }

    private synchronized ServiceProcess service(String name) {
        return services.stream().filter(s -> s.service().serviceName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not running in this devstack"));
    }

    /** Where everything listens, for the terminal. */
    public String summary() {
        Path logs = config.dataDir().resolve("logs");
        StringBuilder table = new StringBuilder(String.format("%nWageguard devstack is up. Data directory: %s%n%n",
                config.dataDir()));
        String row = "  %-20s %-46s %s%n";
        String detail = "  %-20s   %-8s %s%n";
        table.append(String.format(row, "WHAT", "WHERE", "LOG / FILE"));
        table.append(String.format(row, "kafka", "bootstrap " + kafka.bootstrap(), logs.resolve("kafka.log")));
        table.append(String.format(detail, "", "KRaft", "controller 127.0.0.1:" + config.kafkaControllerPort()));
        table.append(String.format(row, "mongodb", mongoUri("<database>"), config.dataDir().resolve("mongo")));
        table.append(String.format(detail, "", "log", logs.resolve("mongo.log")));
        if (authServer != null) {
            table.append(String.format(row, "auth-server", "issuer " + authServer.issuer(), authServer.process().log()));
            table.append(String.format(detail, "", "token", authServer.tokenUrl() + " (client_credentials)"));
            table.append(String.format(detail, "", "jwks", authServer.jwksUrl()));
            table.append(String.format(detail, "", "keys", AuthServerProcess.keyDir(config)));
        }
        for (ServiceProcess service : services) {
            table.append(String.format(row, service.service().serviceName(), service.baseUrl(), service.process().log()));
            table.append(String.format(detail, "", "health", service.healthUrl()));
            table.append(String.format(detail, "", "metrics", service.metricsUrl()));
            table.append(String.format(detail, "", "database", mongoUri(service.service().database())));
        }
        if (services.isEmpty()) {
            table.append(String.format(row, "(no services)", "started with --services=none", ""));
        }
        if (!clockOffset.isZero()) {
            table.append(String.format("%nThe services' clock is MOVED (--clock-start): it reads %s, %s from the"
                    + " machine's.%n", clock().instant().atZone(SHANGHAI).withNano(0), clockOffset));
        }
        table.append(String.format("%nPress Ctrl-C to stop; the data directory keeps topics and documents.%n"));
        return table.toString();
    }

    /** Blocks until {@link #close()} has run (from the shutdown hook on Ctrl-C). */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        List<ServiceProcess> startedServices;
        AuthServerProcess startedAuth;
        ChildProcess startedBroker;
        MongoWireServer startedMongo;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            startedServices = List.copyOf(services);
            startedAuth = authServer;
            startedBroker = brokerProcess;
            startedMongo = mongo;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or about to; close() is idempotent
            }
        }
        try {
            startedServices.forEach(s -> s.process().requestStop());
            startedServices.forEach(s -> s.process().awaitStopped(SERVICE_STOP_GRACE));
            if (startedAuth != null) {
                startedAuth.process().stop(AUTH_STOP_GRACE);
            }
            if (startedBroker != null) {
                startedBroker.stop(KAFKA_STOP_GRACE);
            }
            if (startedMongo != null) {
                startedMongo.stop();
                progress("stopped");
            }
        } finally {
            stopped.countDown();
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Called as soon as the broker's JVM exists, so that Ctrl-C while it boots stops it too. */
    private synchronized void adoptBroker(ChildProcess broker) {
        if (closed) {
            broker.stop(KAFKA_STOP_GRACE);
            throw stoppedDuringStartUp();
        }
        brokerProcess = broker;
    }

    private static DevstackException stoppedDuringStartUp() {
        return new DevstackException("Stopped during start-up");
    }

    private void watch(ChildProcess child) {
        child.onExit().thenRun(() -> {
            if (!isClosed() && !stoppedOnPurpose.contains(child)) {
                System.err.printf("devstack: %s exited unexpectedly (exit %d); see %s%n", child.name(),
                        child.exitValue(), child.log());
            }
        });
    }

    /** Fails with a clear message before starting anything if a port is taken. */
    private void requireFreePorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(config.mongoPort(), "--mongo-port");
        claim(ports, config.kafkaPort(), "--kafka-port");
        claim(ports, config.kafkaControllerPort(), "--kafka-controller-port");
        claim(ports, config.authPort(), "--auth-port");
        config.services().forEach(s -> claim(ports, s.port(config.portBase()), "--port-base (" + s.serviceName() + ")"));
        ports.forEach((port, option) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                throw new DevstackException("Port " + port + " (" + option + ") is in use. Is another devstack running?"
                        + " Stop it, or choose another port with " + option.replaceAll(" .*", "") + ".");
            }
        });
    }

    private static void claim(Map<Integer, String> ports, int port, String option) {
        String previous = ports.putIfAbsent(port, option);
        if (previous != null) {
            throw new DevstackException("Port " + port + " is given to both " + previous + " and " + option);
        }
    }

    private static void progress(String format, Object... args) {
        System.out.printf("devstack: " + format + "%n", args);
    }
}
