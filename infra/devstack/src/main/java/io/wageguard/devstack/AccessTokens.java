package io.wageguard.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens from the devstack's issuer, by client_credentials, one per account, each reused until shortly
 * before it expires. The secret is the one the issuer was started with: {@code WAGEGUARD_AUTH_SECRET_<ACCOUNT>}
 * from this process's environment, else the dev-only default.
 */
final class AccessTokens {

    static final String DEV_ONLY_SECRET = "dev-only-secret";
    /** A token is replaced this long before it expires, so no request goes out with one about to lapse. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private final String tokenUrl;
    private final HttpClient http;
    private final Function<String, String> environment;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    AccessTokens(String tokenUrl, HttpClient http, Function<String, String> environment, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.http = http;
        this.environment = environment;
        this.clock = clock;
    }

    /** A valid access token for the account (fetched now, or the one fetched before). */
    String token(String account) {
        return tokens.compute(account, (name, cached) ->
                cached != null && clock.instant().isBefore(cached.renewAt()) ? cached : fetch(name)).value();
    }

    static String secretVariable(String account) {
        return "WAGEGUARD_AUTH_SECRET_" + account.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private Token fetch(String account) {
        String secret = environment.apply(secretVariable(account));
        String credentials = URLEncoder.encode(account, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret == null || secret.isBlank() ? DEV_ONLY_SECRET : secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        Instant asked = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DevstackException("Cannot get a token for " + account + " from " + tokenUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while getting a token for " + account, e);
        }
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        Matcher expiresIn = EXPIRES_IN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find() || !expiresIn.find()) {
            throw new DevstackException("The issuer refused a token for " + account + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        Instant expires = asked.plusSeconds(Long.parseLong(expiresIn.group(1)));
        return new Token(token.group(1), expires.minus(RENEW_BEFORE_EXPIRY));
    }

    private record Token(String value, Instant renewAt) {
    }
}
