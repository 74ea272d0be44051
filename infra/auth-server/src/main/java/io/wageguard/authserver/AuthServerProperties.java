package io.wageguard.authserver;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code wageguard.auth.*}, see application.yml.
 *
 * @param issuer the issuer URL put into every token and the discovery document
 * @param accounts the account list (YAML)
 * @param keyDir where the signing keys are kept
 * @param accessTokenTtl lifetime of an access token
 * @param keyRotation age after which a new signing key replaces the current one
 */
@ConfigurationProperties("wageguard.auth")
public record AuthServerProperties(String issuer, Resource accounts, Path keyDir, Duration accessTokenTtl,
    Duration keyRotation) {}
