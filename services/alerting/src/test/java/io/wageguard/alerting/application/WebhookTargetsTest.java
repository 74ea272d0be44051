package io.wageguard.alerting.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF: a union's webhook may not make the service call into its own machine or network. */
class WebhookTargetsTest {

  final WebhookTargets production = new WebhookTargets(false);
  final WebhookTargets development = new WebhookTargets(true);

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.1:8084/api/unions", "http://localhost/hook", "http://[::1]/hook",
      "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/hook", "https://172.16.3.4/hook",
      "http://192.168.1.10/hook", "http://[fc00::1]/hook", "http://[fe80::1]/hook", "http://100.64.0.1/hook",
      "http://0.0.0.0:9092/", "http://[::ffff:127.0.0.1]/hook", "http://224.0.0.1/hook"})
  void loopbackLinkLocalAndPrivateAddressesAreRefused(String url) {
    assertThat(production.refusal(url)).as(url).hasValueSatisfying(why -> assertThat(why).contains("non-public"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/hook", "file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO",
      "http:///nohost", "https://user:pw@93.184.216.34/hook"})
  void onlyPlainHttpAndHttpsUrlsWithAHostAreCalled_evenInDevelopment(String url) {
    assertThat(production.refusal(url)).as(url).isPresent();
    assertThat(development.refusal(url)).as(url).isPresent();
  }

  @Test
  void aPublicAddressIsCalled_andDevelopmentMayReachLoopback() {
    assertThat(production.refusal("https://93.184.216.34/wageguard/hook")).isEmpty();
    assertThat(production.refusal("http://[2606:2800:220:1:248:1893:25c8:1946]/hook")).isEmpty();
    assertThat(development.refusal("http://127.0.0.1:1/hook")).isEmpty();
  }
}
