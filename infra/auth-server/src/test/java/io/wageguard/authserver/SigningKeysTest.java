package io.wageguard.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  static final Duration ROTATION = Duration.ofDays(30);
  static final Duration TTL = Duration.ofMinutes(15);
  static final Instant START = Instant.parse("2026-11-24T00:00:00Z");

  @TempDir
  Path dir;

  @Test
  void aRestartOnTheSameDirectoryKeepsSigningWithTheSameKey() throws Exception {
    RSAKey first = new SigningKeys(dir, ROTATION, TTL, at(START)).current();

    RSAKey afterRestart = new SigningKeys(dir, ROTATION, TTL, at(START.plus(Duration.ofDays(1)))).current();

    assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
    assertThat(afterRestart.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
    assertThat(Files.list(dir).toList()).hasSize(1);
  }

  @Test
  void anOldKeyIsReplacedButStaysPublishedUntilItsTokensHaveExpired() {
    RSAKey old = new SigningKeys(dir, ROTATION, TTL, at(START)).current();
    Instant rotated = START.plus(ROTATION).plusSeconds(1);

    SigningKeys keys = new SigningKeys(dir, ROTATION, TTL, at(rotated));
    RSAKey current = keys.current();
    assertThat(current.getKeyID()).isNotEqualTo(old.getKeyID());
    assertThat(keys.published()).extracting(RSAKey::getKeyID).containsExactly(old.getKeyID(), current.getKeyID());

    SigningKeys later = new SigningKeys(dir, ROTATION, TTL, at(rotated.plus(TTL).plus(Duration.ofMinutes(2))));
    assertThat(later.published()).extracting(RSAKey::getKeyID).containsExactly(current.getKeyID());
    assertThat(dir.resolve(old.getKeyID() + ".json")).doesNotExist();
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
