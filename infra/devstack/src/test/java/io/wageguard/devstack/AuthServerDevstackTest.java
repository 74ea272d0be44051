package io.wageguard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real issuer (infra/auth-server's jar) in a devstack: it starts before the services, answers discovery
 * under the devstack's issuer name, keeps its keys in the data directory, and {@link RunningDevstack#client}'s
 * tokens come from it and are reused.
 */
class AuthServerDevstackTest {

    private static final Path REPO = DevstackConfig.findRepoRoot(Path.of(""));

    @TempDir
    Path dataDir;

    @Test
    void theIssuerStartsAndGivesEachAccountATokenWithItsClaims() throws Exception {
        int authPort = freePort();
        try (RunningDevstack stack = Devstack.start(DevstackConfig.of(REPO, dataDir, freePort(), freePort(), freePort(),
                authPort, 8080, List.of()))) {
            assertThat(stack.issuerUri()).isEqualTo("http://localhost:" + authPort);
            assertThat(get("http://127.0.0.1:" + authPort + "/.well-known/openid-configuration"))
                    .contains("\"issuer\":\"http://localhost:" + authPort + "\"");
            try (var keys = Files.list(dataDir.resolve("auth/keys"))) {
                assertThat(keys.toList()).as("signing keys in the data directory").isNotEmpty();
            }

            String token = stack.accessToken("union-taicang");
            String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            assertThat(claims).contains("\"iss\":\"http://localhost:" + authPort + "\"", "\"sub\":\"union-taicang\"",
                    "\"roles\":[\"UNION\"]", "\"jurisdictions\":[\"320585\"]");
            // RFC 7519 4.1.3: a single audience may be written as a string (Nimbus does); both mean ["wageguard"].
            assertThat(claims).containsAnyOf("\"aud\":\"wageguard\"", "\"aud\":[\"wageguard\"]");
            assertThat(stack.accessToken("union-taicang")).as("reused until shortly before expiry").isEqualTo(token);
            assertThat(stack.accessToken("labour-bureau-taicang")).isNotEqualTo(token);

            assertThatThrownBy(() -> stack.accessToken("nobody"))
                    .isInstanceOf(DevstackException.class).hasMessageContaining("HTTP 401");
            assertThat(stack.summary()).contains("issuer http://localhost:" + authPort,
                    dataDir.resolve("logs/auth-server.log").toString());
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
