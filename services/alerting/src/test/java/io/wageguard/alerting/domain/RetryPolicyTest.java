package io.wageguard.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaultsDoubleFromOneSecondUpToFiveMinutesThenFailAfterTenAttempts() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.nextDelay(1)).hasValue(Duration.ofSeconds(1));
    assertThat(policy.nextDelay(2)).hasValue(Duration.ofSeconds(2));
    assertThat(policy.nextDelay(3)).hasValue(Duration.ofSeconds(4));
    assertThat(policy.nextDelay(8)).hasValue(Duration.ofSeconds(128));
    assertThat(policy.nextDelay(9)).hasValue(Duration.ofSeconds(256));
    assertThat(policy.nextDelay(10)).isEmpty();
    assertThat(new RetryPolicy(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5), 20).nextDelay(12))
        .hasValue(Duration.ofMinutes(5));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2.0, Duration.ofSeconds(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
