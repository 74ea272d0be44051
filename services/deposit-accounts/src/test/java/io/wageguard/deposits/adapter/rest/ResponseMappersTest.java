package io.wageguard.deposits.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.deposits.domain.Assessment;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.DueItem;
import io.wageguard.deposits.domain.EntryKind;
import io.wageguard.deposits.domain.Ledger;
import io.wageguard.deposits.domain.LedgerEntry;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.domain.Outcome;
import io.wageguard.deposits.domain.PolicyRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed answers write the JSON the ordered maps of the former {@code domain.Describe} wrote, to the letter:
 * field order, nulls, money and date formats. The expected texts below were written by {@code Describe} (through
 * Boot's JSON mapper) before it was removed.
 */
class ResponseMappersTest {

  static final String FULL_STATUS = "{\"creditCode\":\"91320585MA1PB6LT9B\",\"jurisdiction\":\"320585\",\"asOf\":\"2026-03-05\",\"requirement\":{\"outcome\":\"REQUIRED\",\"requiredAmount\":\"246913.57\",\"clauses\":[\"TC-3d\",\"TC-3a\"],\"policy\":{\"id\":\"taicang-2024\",\"version\":2},\"assessmentSequence\":3},\"balance\":\"0.00\",\"compliance\":\"NON_COMPLIANT\",\"stage\":\"DEPOSIT_DUE\",\"nextDue\":{\"obligation\":\"TC-4_DEPOSIT\",\"dueDate\":\"2026-05-04\",\"amount\":\"246913.57\",\"month\":null,\"ruleIds\":[\"TC-4\"],\"metOn\":null,\"missedOn\":null,\"missCount\":null,\"cancelledOn\":null},\"missedDeadlines\":[{\"obligation\":\"HT-2_CONTRIBUTION\",\"dueDate\":\"2026-02-15\",\"amount\":\"10.01\",\"month\":\"2026-02\",\"ruleIds\":[\"HT-2\"],\"metOn\":\"2026-03-01\",\"missedOn\":\"2026-02-16\",\"missCount\":1,\"cancelledOn\":\"2026-03-02\"}],\"shortfallTotal\":\"50.00\",\"ledger\":[{\"entryId\":\"e-1\",\"sequence\":1,\"kind\":\"DEPOSIT\",\"amount\":\"100.00\",\"balanceAfter\":\"100.00\",\"valueDate\":\"2026-03-03\",\"reference\":\"ref, \\\"one\\\"\",\"reverses\":null,\"requested\":null,\"shortfall\":null,\"ruleIds\":[\"M-2\"],\"previousHash\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"hash\":\"abababababababababababababababababababababababababababababababab\",\"recordedAt\":\"2026-03-03T02:00:00Z\"},{\"entryId\":\"e-2\",\"sequence\":2,\"kind\":\"DRAWDOWN\",\"amount\":\"-100.00\",\"balanceAfter\":\"0.00\",\"valueDate\":\"2026-03-04\",\"reference\":null,\"reverses\":\"e-1\",\"requested\":\"150.00\",\"shortfall\":\"50.00\",\"ruleIds\":[\"M-3\",\"HT-5\"],\"previousHash\":\"abababababababababababababababababababababababababababababababab\",\"hash\":\"cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd\",\"recordedAt\":\"2026-03-04T02:00:00.500Z\"}],\"verification\":{\"valid\":false,\"entries\":2,\"headHash\":\"cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd\",\"brokenAtSequence\":2,\"reason\":\"hash mismatch\"}}";
  static final String BARE_STATUS = "{\"creditCode\":\"91320585MA1PB6LT9B\",\"jurisdiction\":null,\"asOf\":\"2026-03-05\",\"requirement\":null,\"balance\":\"0.00\",\"compliance\":\"NOT_REQUIRED\",\"stage\":null,\"nextDue\":null,\"missedDeadlines\":[],\"shortfallTotal\":\"0.00\",\"ledger\":[],\"verification\":{\"valid\":true,\"entries\":0,\"headHash\":null,\"brokenAtSequence\":null,\"reason\":null}}";
  static final String ASSESSMENT = "{\"sequence\":3,\"outcome\":\"REQUIRED\",\"policy\":{\"id\":\"taicang-2024\",\"version\":2},\"clauses\":[\"TC-3d\",\"TC-3a\"],\"requiredAmount\":\"246913.57\",\"deadlines\":[{\"obligation\":\"TC-4_DEPOSIT\",\"dueDate\":\"2026-05-04\",\"amount\":\"246913.57\",\"ruleIds\":[\"TC-4\"],\"note\":null},{\"obligation\":\"TC-5_TOP_UP\",\"dueDate\":null,\"amount\":null,\"ruleIds\":[\"TC-5\"],\"note\":\"after a payout\"}],\"exemption\":{\"clause\":\"TC-6\",\"reading\":\"ANY\",\"grade\":\"A\",\"gradeYear\":2025,\"harmonious\":null,\"designationYear\":null},\"facts\":{\"premises\":\"LEASED\",\"headcount\":\"50\"},\"missingFacts\":[\"payroll[2025]\"],\"ruleIds\":[\"TC-3\",\"TC-4\"],\"asOf\":\"2026-03-02\",\"assessedAt\":\"2026-03-02T02:00:00.120Z\"}";


  static JsonMapper bootMapper() {
    JsonMapper[] mapper = new JsonMapper[1];
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .run(context -> mapper[0] = context.getBean(JsonMapper.class));
    return mapper[0];
  }

  static final JsonMapper JSON = bootMapper();

  static Deposit.StatusView full() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("premises", "LEASED");
    facts.put("headcount", "50");
    Assessment a = new Assessment(3, Outcome.REQUIRED, new PolicyRef("taicang-2024", 2), List.of("TC-3d", "TC-3a"),
        Money.of("246913.57"),
        List.of(new Assessment.DueDate("TC-4_DEPOSIT", LocalDate.of(2026, 5, 4), Money.of("246913.57"), List.of("TC-4"), null),
            new Assessment.DueDate("TC-5_TOP_UP", null, null, List.of("TC-5"), "after a payout")),
        new Assessment.Exemption("TC-6", "ANY", "A", 2025, null, null), facts, List.of("payroll[2025]"),
        List.of("TC-3", "TC-4"), LocalDate.of(2026, 3, 2), Instant.parse("2026-03-02T02:00:00.120Z"));
    LedgerEntry credit = new LedgerEntry("e-1", 1, EntryKind.DEPOSIT, Money.of("100.00"), Money.of("100.00"),
        LocalDate.of(2026, 3, 3), Instant.parse("2026-03-03T02:00:00Z"), "ref, \"one\"", null, null, null,
        List.of("M-2"), "0".repeat(64), "ab".repeat(32));
    LedgerEntry payout = new LedgerEntry("e-2", 2, EntryKind.DRAWDOWN, Money.of("-100.00"), Money.of("0.00"),
        LocalDate.of(2026, 3, 4), Instant.parse("2026-03-04T02:00:00.5Z"), null, "e-1", Money.of("150.00"),
        Money.of("50.00"), List.of("M-3", "HT-5"), "ab".repeat(32), "cd".repeat(32));
    DueItem next = new DueItem("d-1", "TC-4_DEPOSIT", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 4),
        Money.of("246913.57"), null, List.of("TC-4"), null, null, null, null);
    DueItem missed = new DueItem("d-2", "HT-2_CONTRIBUTION", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15),
        Money.of("10.01"), "2026-02", List.of("HT-2"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 16), 1,
        LocalDate.of(2026, 3, 2));
    return new Deposit.StatusView("91320585MA1PB6LT9B", "320585", LocalDate.of(2026, 3, 5), a, Money.of("0.00"),
        "NON_COMPLIANT", "DEPOSIT_DUE", next, List.of(missed), List.of(credit, payout),
        new Ledger.Verification(false, 2, "cd".repeat(32), 2L, "hash mismatch"), Money.of("50.00"));
  }

  static Deposit.StatusView bare() {
    return new Deposit.StatusView("91320585MA1PB6LT9B", null, LocalDate.of(2026, 3, 5), null, Money.of("0.00"),
        "NOT_REQUIRED", null, null, List.of(), List.of(), new Ledger.Verification(true, 0, null, null, null),
        Money.of("0.00"));
  }

  @Test
  void theTypedAnswersWriteTheSameJsonAsTheMapsDid() {
    assertThat(JSON.writeValueAsString(ResponseMappers.status(full()))).isEqualTo(FULL_STATUS);
    assertThat(JSON.writeValueAsString(ResponseMappers.status(bare()))).isEqualTo(BARE_STATUS);
    assertThat(JSON.writeValueAsString(ResponseMappers.assessment(full().assessment()))).isEqualTo(ASSESSMENT);
  }
}
