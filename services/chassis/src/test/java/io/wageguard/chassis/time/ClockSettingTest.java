package io.wageguard.chassis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockSettingTest {

  private static final Clock MACHINE = Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void withoutASettingTheMachineClockIsUsedUnderAnyProfile() {
    ClockSetting setting = ClockSetting.resolve(null, " ", List.of(), MACHINE);
    assertThat(setting.moved()).isFalse();
    assertThat(setting.clock()).isSameAs(MACHINE);
    assertThat(setting.offset()).isZero();
  }

  @Test
  void anOffsetMovesTheClockAndKeepsItRunning() {
    ClockSetting setting = ClockSetting.resolve("-P14D", null, List.of("dev"), MACHINE);
    assertThat(setting.moved()).isTrue();
    assertThat(setting.source()).isEqualTo("wageguard.clock.offset=-P14D");
    assertThat(setting.clock().instant()).isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
    assertThat(setting.clock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void aStartInstantBecomesTheOffsetFromTheMachineClock() {
    ClockSetting setting = ClockSetting.resolve(null, "2026-11-24T09:00:00+08:00", List.of("test"), MACHINE);
    assertThat(setting.clock().instant()).isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
    assertThat(setting.offset()).isEqualTo(Duration.ofDays(-14));
  }

  @Test
  void aStartDateIsMidnightInShanghai() {
    ClockSetting setting = ClockSetting.resolve(null, "2027-01-01", List.of("dev"), MACHINE);
    assertThat(setting.clock().instant()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
  }

  @Test
  void movingTheClockOutsideTheDevAndTestProfilesIsRefused() {
    assertThatThrownBy(() -> ClockSetting.resolve("P1D", null, List.of(), MACHINE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("wageguard.clock.offset").hasMessageContaining("[dev, test]").hasMessageContaining("[]");
    assertThatThrownBy(() -> ClockSetting.resolve(null, "2026-11-24", List.of("prod", "docker"), MACHINE))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("wageguard.clock.start");
  }

  @Test
  void bothSettingsOrUnreadableValuesAreRefused() {
    assertThatThrownBy(() -> ClockSetting.resolve("P1D", "2026-11-24", List.of("dev"), MACHINE))
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> ClockSetting.resolve("14 days", null, List.of("dev"), MACHINE))
        .hasMessageContaining("ISO-8601 duration").hasMessageContaining("'14 days'");
    assertThatThrownBy(() -> ClockSetting.resolve(null, "2026-11-24T09:00", List.of("dev"), MACHINE))
        .hasMessageContaining("with its offset").hasMessageContaining("'2026-11-24T09:00'");
  }
}
