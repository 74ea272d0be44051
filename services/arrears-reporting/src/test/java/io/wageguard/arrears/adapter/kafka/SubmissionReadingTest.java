package io.wageguard.arrears.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.arrears.domain.SubmissionInput;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a submission's data tolerates unknown fields and turns wrong JSON types into named violations. */
class SubmissionReadingTest {

  static List<Violation> found = new ArrayList<>();

  static SubmissionInput read(String data) {
    found = new ArrayList<>();
    return SubmissionListener.read(CloudEventCodec.fromJson("""
        {"specversion":"1.0","id":"S-1","source":"urn:test","type":"wageguard.arrears.submission.v1",
         "subject":"91350100M000100Y43","data":%s}""".formatted(data)), found);
  }

  @Test
  void M1_amountAsAJsonNumberIsNamedAndNeverOpensWithAPlaceholder() {
    SubmissionInput input = read("""
        {"creditCode":"91350100M000100Y43","arrearsStartDate":"2025-08-15","wageMonths":["2025-07"],
         "amountOwed":19200.00,"workersAffected":"four","reporterRole":"LABOUR_BUREAU","reporter":"局",
         "somethingNew":true}""");
    assertThat(input).isNotNull();
    assertThat(found).extracting(Violation::field, Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/data/workersAffected", "schema"),
        org.assertj.core.groups.Tuple.tuple("/data/amountOwed", "M-1"));
  }

  @Test
  void dataThatIsNotAnObjectIsOneSchemaViolation() {
    assertThat(read("[1,2]")).isNull();
    assertThat(found).extracting(Violation::field).containsExactly("/data");
  }

  @Test
  void aWellFormedSubmissionReadsWithoutViolations() {
    SubmissionInput input = read("""
        {"creditCode":"91350100M000100Y43","arrearsStartDate":"2025-08-15","wageMonths":["2025-07"],
         "amountOwed":"19200.00","workersAffected":4,"reporterRole":"LABOUR_BUREAU","reporter":"局"}""");
    assertThat(found).isEmpty();
    assertThat(input.amountOwed()).isEqualTo("19200.00");
    assertThat(input.workersAffected()).isEqualTo(4);
    assertThat(input.jurisdiction()).isNull();
  }
}
