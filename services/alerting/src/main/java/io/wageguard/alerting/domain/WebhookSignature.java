package io.wageguard.alerting.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>},
 * sent as {@code Wageguard-Signature} next to {@code Wageguard-Timestamp} (epoch seconds). The timestamp is
 * inside the signed text, so a receiver that rejects old timestamps also rejects replays.
 */
public final class WebhookSignature {

  public static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  public static String sign(String secret, long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** Constant-time check of a received signature header. */
  public static boolean verify(String secret, long epochSeconds, String body, String signatureHeader) {
    if (signatureHeader == null) {
      return false;
    }
    byte[] expected = sign(secret, epochSeconds, body).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = signatureHeader.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }
}
