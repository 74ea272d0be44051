package io.wageguard.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  static final String SECRET = "whsec-0123456789abcdef";
  static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\"}";

  @Test
  void signsTimestampDotBodyWithHmacSha256_asOpensslDoes() {
    // printf '%s' '1764547200.{"specversion":"1.0","id":"e1"}' | openssl dgst -sha256 -hmac 'whsec-0123456789abcdef'
    assertThat(WebhookSignature.sign(SECRET, 1764547200L, BODY))
        .isEqualTo("sha256=e3c1eb9e76b692e13a86c827e49c3000a9025b87ede93393fd664391dcea20e6");
  }

  @Test
  void verifiesOnlyTheSameSecretTimestampAndBody() {
    String signature = WebhookSignature.sign(SECRET, 1764547200L, BODY);
    assertThat(WebhookSignature.verify(SECRET, 1764547200L, BODY, signature)).isTrue();
    assertThat(WebhookSignature.verify(SECRET, 1764547200L, BODY, signature.toUpperCase().replace("SHA256=", "sha256=")))
        .isTrue();
    assertThat(WebhookSignature.verify(SECRET, 1764547201L, BODY, signature)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, 1764547200L, BODY + " ", signature)).isFalse();
    assertThat(WebhookSignature.verify("another-secret-0123", 1764547200L, BODY, signature)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, 1764547200L, BODY, null)).isFalse();
  }

  @Test
  void signsUtf8Bodies() {
    String body = "{\"note\":\"已约谈企业负责人\"}";
    assertThat(WebhookSignature.sign(SECRET, 1L, body)).startsWith("sha256=").hasSize(7 + 64)
        .isNotEqualTo(WebhookSignature.sign(SECRET, 1L, "{\"note\":\"\"}"));
  }
}
