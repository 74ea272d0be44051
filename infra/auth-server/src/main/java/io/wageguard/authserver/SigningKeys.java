package io.wageguard.authserver;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuer's RSA signing keys, one JSON Web Key per file in a directory, so that tokens stay valid across
 * restarts. The newest key signs. Once it is older than the rotation age, a new one is made; the one before
 * stays published (JWKS) until every token it signed has expired (token lifetime plus a minute of clock skew),
 * then its file is deleted.
 */
public final class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
  /** Resource servers accept a minute of clock skew on {@code exp}. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final Path dir;
  private final Duration rotation;
  private final Duration tokenTtl;
  private final Clock clock;
  /** Oldest first; the last one signs. */
  private final List<RSAKey> keys = new ArrayList<>();

  public SigningKeys(Path dir, Duration rotation, Duration tokenTtl, Clock clock) {
    this.dir = dir;
    this.rotation = rotation;
    this.tokenTtl = tokenTtl;
    this.clock = clock;
    load();
    rotateIfDue(); // a key on disk from the start, so a restart signs with the same one
  }

  /** The key that signs now. */
  public synchronized RSAKey current() {
    rotateIfDue();
    return keys.getLast();
  }

  /** The keys whose tokens may still be valid, the current one last: what the JWKS endpoint publishes. */
  public synchronized List<RSAKey> published() {
    rotateIfDue();
    return List.copyOf(keys);
  }

  private void rotateIfDue() {
    Instant now = clock.instant();
    if (keys.isEmpty() || !issued(keys.getLast()).plus(rotation).isAfter(now)) {
      RSAKey created = generate(now);
      save(created);
      keys.add(created);
      log.info("New signing key {} in {}", created.getKeyID(), dir);
    }
    // A key signed until its successor was issued; its last tokens expire a lifetime after that.
    while (keys.size() > 1 && issued(keys.get(1)).plus(tokenTtl).plus(CLOCK_SKEW).isBefore(now)) {
      RSAKey retired = keys.removeFirst();
      delete(retired);
      log.info("Signing key {} retired: every token it signed has expired", retired.getKeyID());
    }
  }

  private void load() {
    try {
      Files.createDirectories(dir);
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
        for (Path file : files) {
          keys.add(RSAKey.parse(Files.readString(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the signing keys in " + dir, e);
    } catch (ParseException e) {
      throw new IllegalStateException("a signing key in " + dir + " is not a JSON Web Key", e);
    }
    keys.sort(Comparator.comparing(SigningKeys::issued));
  }

  private static RSAKey generate(Instant now) {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256).issueTime(Date.from(now)).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
  }

  private void save(RSAKey key) {
    Path file = file(key);
    try {
      Path temporary = Files.createTempFile(dir, "key", ".tmp");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(temporary, key.toJSONString());
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the signing key " + file, e);
    }
  }

  private void delete(RSAKey key) {
    try {
      Files.deleteIfExists(file(key));
    } catch (IOException e) {
      log.warn("Cannot delete the retired signing key {}: {}", file(key), e.toString());
    }
  }

  private Path file(RSAKey key) {
    return dir.resolve(key.getKeyID() + ".json");
  }

  private static Instant issued(RSAKey key) {
    return key.getIssueTime() == null ? Instant.EPOCH : key.getIssueTime().toInstant();
  }
}
