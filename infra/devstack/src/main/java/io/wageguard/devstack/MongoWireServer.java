package io.wageguard.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server in this JVM, backed by an H2 file so that documents survive a restart. Clients
 * reach it through a {@link TcpRelay} on the public port, so that a fault test can take MongoDB off the network
 * without closing the H2 store (closing and reopening it while services write can leave pages it cannot read).
 */
final class MongoWireServer {

    private static final String LOGGER = "de.bwaldvogel";

    private final MongoServer server;
    private final TcpRelay relay;
    private final Path file;
    private final int port;
    private final Appender log;

    private MongoWireServer(MongoServer server, TcpRelay relay, Path file, int port, Appender log) {
        this.server = server;
        this.relay = relay;
        this.file = file;
        this.port = port;
        this.log = log;
    }

    static MongoWireServer start(Path dataDir, int port) {
        return start(dataDir, port, false);
    }

    /** As above; {@code appendLog} keeps the log of the previous run (a restart on the same file and port). */
    static MongoWireServer start(Path dataDir, int port, boolean appendLog) {
        Appender log = logTo(dataDir.resolve("logs").resolve("mongo.log"), appendLog);
        Path file = dataDir.resolve("mongo").resolve("wageguard.mv.db");
        H2Backend backend;
        try {
            Files.createDirectories(file.getParent());
            backend = new DevstackH2Backend(file.toString());
        } catch (IOException | RuntimeException e) {
            detach(log);
            // H2 locks the file: a second devstack on the same data directory ends up here.
            throw new DevstackException("Cannot open the MongoDB data file " + file + " (is another devstack using "
                    + dataDir + "?): " + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        TcpRelay relay;
        try {
            int internalPort = server.bind().getPort();
            relay = TcpRelay.start(port, internalPort);
        } catch (IOException | RuntimeException e) {
            server.shutdownNow();
            detach(log);
            throw new DevstackException("Cannot listen for MongoDB on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        return new MongoWireServer(server, relay, file, port, log);
    }

    String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    Path file() {
        return file;
    }

    /** Closes the clients, then the backend, which writes the H2 file out. */
    void stop() {
        relay.close();
        server.shutdownNow();
        detach(log);
    }

    /** Takes MongoDB off the network: its port refuses connections and open connections are reset. */
    void cutNetwork() {
        relay.cut();
    }

    /** Back on the network, on the same port, with everything it held. */
    void restoreNetwork() {
        try {
            relay.restore();
        } catch (IOException e) {
            throw new DevstackException("Cannot listen for MongoDB on 127.0.0.1:" + port + " again: " + e.getMessage(), e);
        }
    }

    /** Sends mongo-java-server's logging (one server per JVM at a time) to a file in the data directory. */
    private static Appender logTo(Path logFile, boolean append) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        Appender appender = FileAppender.newBuilder()
                .setName("mongo-java-server")
                .withFileName(logFile.toString())
                .withAppend(append)
                .setLayout(PatternLayout.newBuilder().withPattern("%d %-5level %logger{1} - %msg%n").build())
                .setConfiguration(configuration)
                .build();
        appender.start();
        configuration.getLoggerConfig(LOGGER).addAppender(appender, Level.INFO, null);
        context.updateLoggers();
        return appender;
    }

    private static void detach(Appender appender) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getLoggerConfig(LOGGER).removeAppender(appender.getName());
        context.updateLoggers();
        appender.stop();
    }
}
