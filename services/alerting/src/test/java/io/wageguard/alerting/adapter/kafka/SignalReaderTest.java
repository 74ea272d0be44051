package io.wageguard.alerting.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.testsupport.TestCreditCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignalReaderTest {

  static final CloudEventCodec DEPOSITS = new CloudEventCodec(java.net.URI.create("/wageguard/deposit-accounts"));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-02T01:00:00Z"), ZoneOffset.UTC);

  @Test
  void EW8_oneAlertPerEpisodeWhileTheShortfallChanges() {
    String code = TestCreditCodes.random("320585");
    var first = SignalReader.fromDeposit(exceeds(code, "300000.00", "53086.43", "2026-05-21")).orElseThrow();
    var grown = SignalReader.fromDeposit(exceeds(code, "310000.00", "63086.43", "2026-05-21")).orElseThrow();
    var later = SignalReader.fromDeposit(exceeds(code, "310000.00", "63086.43", "2026-07-01")).orElseThrow();

    assertThat(grown.identity()).isEqualTo(first.identity());
    assertThat(later.identity()).isNotEqualTo(first.identity());
  }

  private static CloudEvent exceeds(String code, String unpaid, String shortfall, String since) {
    return DEPOSITS.create(UUID.randomUUID().toString(), "wageguard.deposit.arrears-exceed-balance.v1", code,
        Map.of("creditCode", code, "jurisdiction", "320585", "unpaidArrears", unpaid, "balance", "246913.57",
            "shortfall", shortfall, "since", since, "ruleIds", List.of("EW-8")), CLOCK);
  }
}
