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
        Path jar = repoRoot.resolve("services/" + service.serviceName() + "/target/"
                + service.serviceName() + "-0.1.0-SNAPSHOT-exec.jar");
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

    /** Answers UP on /actuator/health and echoes the environment the devstack gave it on /env. */
    public static final class Healthy {
        public static void main(String[] args) throws IOException {
            int port = Integer.parseInt(System.getenv("SERVER_PORT"));
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/actuator/health", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
            server.createContext("/env", exchange -> respond(exchange, String.join("\n",
                    "SERVER_PORT=" + System.getenv("SERVER_PORT"),
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS=" + System.getenv("SPRING_KAFKA_BOOTSTRAP_SERVERS"),
                    "SPRING_MONGODB_URI=" + System.getenv("SPRING_MONGODB_URI"))));
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

    /** Fails at start-up, like a service that cannot reach its database. */
    public static final class Crashing {
        public static void main(String[] args) {
            System.out.println("fake failure: cannot reach the database");
            System.exit(3);
        }
    }
}
