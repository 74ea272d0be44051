package io.wageguard.arrears.it;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The one clock of the test context, moved by the tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock(Instant.parse("2026-10-12T02:00:00Z"));
  }
}
