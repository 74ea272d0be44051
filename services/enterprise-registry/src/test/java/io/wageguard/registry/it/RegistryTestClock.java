package io.wageguard.registry.it;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The one test context of this module: "today" is Monday 2026-03-16 in Asia/Shanghai. */
@TestConfiguration
public class RegistryTestClock {

  public static final Instant NOW = Instant.parse("2026-03-16T02:00:00Z");

  @Bean
  @Primary
  Clock testClock() {
    return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
  }
}
