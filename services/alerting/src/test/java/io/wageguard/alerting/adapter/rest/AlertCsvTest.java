package io.wageguard.alerting.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.alerting.domain.Alert;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertCsvTest {

  static Alert alert(String id, String enterpriseName, Instant raisedAt, String policyVersion) {
    Alert a = new Alert();
    a.id = id;
    a.signal = "EW-2";
    a.level = "ORANGE";
    a.baseLevel = "ORANGE";
    a.ruleIds.addAll(List.of("EW-2", "TC-2"));
    a.creditCode = "91320585MA1PB6LT9B";
    a.enterpriseName = enterpriseName;
    a.jurisdiction = "320585";
    a.recipientIds.addAll(List.of("union-1", "union-2"));
    a.raisedAt = raisedAt;
    a.status = "OPEN";
    a.policyVersion = policyVersion;
    return a;
  }

  @Test
  void aHeaderThenOneAlertALine_quotedOnlyWhereAFieldHoldsACommaAQuoteOrALineBreak() {
    String csv = AlertCsv.write(List.of(
        alert("a-1", "Acme, \"Best\"\nLtd", Instant.parse("2026-03-02T02:00:00Z"), "taicang-2024/2"),
        alert("a-2", "A plain name that is longer than twenty-four characters", null, null)));

    assertThat(csv).isEqualTo(
        "alertId,signal,level,baseLevel,ruleIds,creditCode,enterpriseName,jurisdiction,routedTo,raisedAt,status,policyVersion\r\n"
        + "a-1,EW-2,ORANGE,ORANGE,EW-2 TC-2,91320585MA1PB6LT9B,\"Acme, \"\"Best\"\"\nLtd\",320585,union-1 union-2,"
        + "2026-03-02T02:00:00Z,OPEN,taicang-2024/2\r\n"
        + "a-2,EW-2,ORANGE,ORANGE,EW-2 TC-2,91320585MA1PB6LT9B,A plain name that is longer than twenty-four characters,"
        + "320585,union-1 union-2,,OPEN,\r\n");
  }

  @Test
  void aValueASpreadsheetWouldRunIsDefused_thenQuotedIfItNeedsIt() {
    String csv = AlertCsv.write(List.of(alert("a-3", "=HYPERLINK(\"x\",1)", null, "-1")));

    assertThat(csv.lines().toList().get(1))
        .isEqualTo("a-3,EW-2,ORANGE,ORANGE,EW-2 TC-2,91320585MA1PB6LT9B,\"'=HYPERLINK(\"\"x\"\",1)\",320585,"
            + "union-1 union-2,,OPEN,'-1");
  }

  @Test
  void noAlertsIsTheHeaderAlone() {
    assertThat(AlertCsv.write(List.of())).isEqualTo(String.join(",", AlertCsv.HEADER) + "\r\n");
  }
}
