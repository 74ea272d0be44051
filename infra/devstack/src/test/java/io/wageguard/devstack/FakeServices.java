package io.wageguard.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.sun.net.httpserver.HttpServer;

/**
 * Stand-ins for the real service jars (which other modules build), so the launcher's service handling is
 * tested here: {@link #writeJar} packs one of the mains below as {@code services/<name>/target/<name>-*-exec.jar}.
 */
final class FakeServices {

    private FakeServices() {
    }

    static Path writeJar(Path repoRoot, WageguardService service, Class<?> main) throws IOException {
        return writeJar(repoRoot.resolve("services/" + service.serviceName() + "/target/"
                + service.serviceName() + "-0.1.0-SNAPSHOT-exec.jar"), main);
    }

    /** {@code infra/auth-server/target/auth-server-*-exec.jar} running {@link Issuer}. */
    static Path writeAuthServerJar(Path repoRoot) throws IOException {
        return writeJar(repoRoot.resolve("infra/auth-server/target/auth-server-0.1.0-SNAPSHOT-exec.jar"), Issuer.class);
    }

    private static Path writeJar(Path jar, Class<?> main) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        String entry = main.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(main.getClassLoader().getResourceAsStream(entry).readAllBytes());
            out.closeEntry();
        }
        return jar;
    }

    /**
     * Answers UP on /actuator/health, echoes the environment the devstack gave it on /env and the request's
     * Authorization header on /whoami.
     */
    public static final class Healthy {
        public static void main(String[] args) throws IOException {
            int port = Integer.parseInt(System.getenv("SERVER_PORT"));
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/actuator/health", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
            server.createContext("/whoami", exchange -> respond(exchange,
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
            server.createContext("/env", exchange -> respond(exchange, String.join("\n",
                    "SERVER_PORT=" + System.getenv("SERVER_PORT"),
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS=" + System.getenv("SPRING_KAFKA_BOOTSTRAP_SERVERS"),
                    "SPRING_MONGODB_URI=" + System.getenv("SPRING_MONGODB_URI"),
                    "WAGEGUARD_ISSUER_URI=" + System.getenv("WAGEGUARD_ISSUER_URI"),
                    "WAGEGUARD_KAFKA_USERNAME=" + System.getenv("WAGEGUARD_KAFKA_USERNAME"),
                    "WAGEGUARD_DEPOSITS_SWEEPINTERVAL=" + System.getenv("WAGEGUARD_DEPOSITS_SWEEPINTERVAL"))));
            server.start();
            System.out.println("fake service started on " + port);
        }

        private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A stand-in issuer: a discovery document naming WAGEGUARD_ISSUER_URI, and one fixed token for anyone. */
    public static final class Issuer {
        public static void main(String[] args) throws IOException {
            int port = Integer.parseInt(System.getenv("SERVER_PORT"));
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange,
                    "{\"issuer\":\"" + System.getenv("WAGEGUARD_ISSUER_URI") + "\"}"));
            server.createContext("/oauth2/token", exchange -> respond(exchange,
                    "{\"access_token\":\"fake-token\",\"token_type\":\"Bearer\",\"expires_in\":899}"));
            server.start();
            System.out.println("fake issuer started on " + port);
        }

        // Its own copy: the fake jar holds this class only.
        private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Fails at start-up, like a service that cannot reach its database. */
    public static final class Crashing {
        public static void main(String[] args) {
            System.out.println("fake failure: cannot reach the database");
            System.exit(3);
        }
    }
}
