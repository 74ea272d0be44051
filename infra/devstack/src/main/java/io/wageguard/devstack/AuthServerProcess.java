package io.wageguard.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The OpenID Connect issuer (infra/auth-server), run from its executable jar in a child JVM before the services,
 * which are given its address. Its signing keys live in the data directory, so tokens survive a restart.
 */
final class AuthServerProcess {

    static final String NAME = "auth-server";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ChildProcess process;
    private final String issuer;
    private final String localUrl;

    private AuthServerProcess(ChildProcess process, String issuer, String localUrl) {
        this.process = process;
        this.issuer = issuer;
        this.localUrl = localUrl;
    }

    /** The {@code auth-server-*-exec.jar} that {@code ./mvnw package} leaves in infra/auth-server/target. */
    static Path executableJar(Path repoRoot) {
        Path target = repoRoot.resolve("infra").resolve(NAME).resolve("target");
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, NAME + "-*-exec.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            } catch (IOException e) {
                throw new DevstackException("Cannot list " + target, e);
            }
        }
        throw new DevstackException("No executable jar for the issuer in " + target + " (expected " + NAME
                + "-*-exec.jar); build with `./mvnw -DskipTests package`");
    }

    static AuthServerProcess start(Path jar, DevstackConfig config) {
        // Secrets (WAGEGUARD_AUTH_SECRET_*) are inherited from the devstack's own environment, like the clients'.
        Map<String, String> env = Map.of(
                "SERVER_PORT", Integer.toString(config.authPort()),
                "WAGEGUARD_ISSUER_URI", config.issuerUri(),
                "WAGEGUARD_AUTH_KEY_DIR", keyDir(config).toString());
        List<String> command = List.of(ChildProcess.currentJava(), "-Xmx256m", "-jar", jar.toString());
        Path log = config.dataDir().resolve("logs").resolve(NAME + ".log");
        ChildProcess process = ChildProcess.start(NAME, command, env, config.dataDir(), log)
                .recordPid(config.dataDir().resolve("run"), NAME);
        return new AuthServerProcess(process, config.issuerUri(), "http://127.0.0.1:" + config.authPort());
    }

    static Path keyDir(DevstackConfig config) {
        return config.dataDir().resolve("auth").resolve("keys");
    }

    /** Polls the discovery document until it answers; fails early if the JVM exits. */
    void awaitReady(Instant deadline) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discoveryUrl())).timeout(Duration.ofSeconds(5))
                .GET().build();
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"issuer\"")) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevstackException("Interrupted while waiting for the issuer", e);
            }
            if (process.exitsWithin(Duration.ofSeconds(1))) {
                throw process.failure(NAME + " exited during start-up (exit " + process.exitValue() + ")");
            }
        }
        throw process.failure(NAME + " did not answer on " + discoveryUrl() + " in time; last answer: " + lastAnswer);
    }

    ChildProcess process() {
        return process;
    }

    /** The issuer's public name, as in the tokens' {@code iss}. */
    String issuer() {
        return issuer;
    }

    String discoveryUrl() {
        return localUrl + "/.well-known/openid-configuration";
    }

    String tokenUrl() {
        return localUrl + "/oauth2/token";
    }

    String jwksUrl() {
        return localUrl + "/oauth2/jwks";
    }
}
