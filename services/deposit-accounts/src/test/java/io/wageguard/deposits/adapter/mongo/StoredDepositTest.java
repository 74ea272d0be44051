package io.wageguard.deposits.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.time.Periods;
import io.wageguard.deposits.config.MongoConfiguration;
import io.wageguard.deposits.config.PolicyLoader;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.EnterpriseFacts;
import io.wageguard.deposits.domain.EntryKind;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.domain.Policy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The stored shape of a deposit (issue 15's explicit mapper): the {@code deposit} field of a stored document keeps the
 * names, order and values it had when {@code Deposit}'s own fields were stored as they were, and a deposit stored that
 * way reads back to the same state.
 */
class StoredDepositTest {

  static final List<String> STORED_FIELDS = List.of("creditCode", "facts", "assessment", "assessments",
      "agreementSignedOn", "agreementWitness", "certificateIssuedOn", "accountOpenedOn", "bank", "accountNumber",
      "accountClosedOn", "ledger", "ledgerHead", "ledgerCount", "dueItems", "arrearsExceedBalance", "lastShortfall",
      "arrearsExceedSince");
  static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
  static final LocalDate APRIL_10 = LocalDate.of(2026, 4, 10);
  static final LocalDate MAY_7 = LocalDate.of(2026, 5, 7);

  final MappingMongoConverter converter = converter();

  /**
   * {@code stored/deposit-before-issue-15.json} is the {@code deposit} field as it was stored before the explicit
   * mapper (Spring Data writing {@code Deposit}'s own fields) for the deposit this test builds.
   */
  @Test
  void aDepositIsStoredUnderTheFieldsItAlwaysHad_andOneStoredBeforeReadsBackToTheSameState() throws Exception {
    Document before = Document.parse(resource("stored/deposit-before-issue-15.json"));
    Deposit deposit = taicangDepositWithLedgerDeadlinesAndEw8();

    Document mapped = write(StoredDeposit.of(deposit));

    assertThat(new ArrayList<>(mapped.keySet())).isEqualTo(new ArrayList<>(before.keySet()));
    assertThat(mapped.toJson()).isEqualTo(before.toJson());
    assertThat(STORED_FIELDS).containsSubsequence(new ArrayList<>(mapped.keySet()));
    assertThat(mapped.keySet()).contains("agreementSignedOn", "ledger", "dueItems", "arrearsExceedBalance",
        "lastShortfall", "arrearsExceedSince");

    Deposit read = converter.read(StoredDeposit.class, before).toDomain();
    assertThat(write(StoredDeposit.of(read)).toJson()).isEqualTo(before.toJson());
    assertThat(read.verifyLedger().valid()).isTrue();
    assertThat(read.nextDueDate()).isEqualTo(deposit.nextDueDate());
    assertThat(read.statusAsOf(MAY_7)).isEqualTo(deposit.statusAsOf(MAY_7));
  }

  @Test
  void aDepositStoredWithoutItsListsReadsThemAsEmpty() {
    Document stored = new Document("creditCode", "91320585MA1PB6LT9B").append("ledgerCount", 0)
        .append("arrearsExceedBalance", false);
    Deposit read = converter.read(StoredDeposit.class, stored).toDomain();
    assertThat(read.ledger()).isEmpty();
    assertThat(read.dueItems()).isEmpty();
    assertThat(read.assessments()).isEmpty();
    assertThat(read.verifyLedger().valid()).isTrue();
    assertThat(read.ledgerHead()).isEqualTo(new Deposit("91320585MA1PB6LT9B").ledgerHead());
  }

  private static String resource(String name) throws java.io.IOException {
    try (var in = StoredDepositTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private Document write(Object source) {
    Document document = new Document();
    converter.write(source, document);
    document.remove("_class");
    return document;
  }

  private static Deposit taicangDepositWithLedgerDeadlinesAndEw8() {
    Policy taicang = PolicyLoader.load("classpath*:policies/*.yml").inForce("320585", MARCH_2).orElseThrow();
    Deposit d = new Deposit("91320585MA1PB6LT9B");
    d.facts().applyProfile(new EnterpriseFacts.Profile("Test Co", "320585", "PRODUCTION", "LEASED", 50, true,
        "ACTIVE"), 1, LocalDate.of(2025, 1, 1), source("profile"));
    d.facts().applyPayroll(new EnterpriseFacts.PayrollDeclaration("ANNUAL", "2025", Money.of("1234567.81"), 2,
        Instant.parse("2026-01-05T00:00:00Z")), null, source("payroll"));
    d.settle(ctx(taicang, MARCH_2));
    d.signAgreement(ctx(taicang, MARCH_2), MARCH_2, "Taicang Federation of Trade Unions");
    d.credit(ctx(taicang, APRIL_10), EntryKind.DEPOSIT, Money.of("100000.00"), APRIL_10, "slip 1");
    d.facts().openCase(new EnterpriseFacts.ArrearsCase("c1", LocalDate.of(2026, 4, 1), List.of("2026-03"),
        Money.of("150000.00"), Money.of("150000.00"), 12, true, null), null, source("case"));
    d.settle(ctx(taicang, APRIL_10));
    d.sweep(ctx(taicang, MAY_7));
    return d;
  }

  private static Deposit.Context ctx(Policy policy, LocalDate today) {
    return new Deposit.Context(Optional.of(policy), Periods.official(), today,
        today.atStartOfDay(Periods.SHANGHAI).plusHours(10).toInstant());
  }

  private static EnterpriseFacts.FactSource source(String fact) {
    return new EnterpriseFacts.FactSource(fact, "evt-" + fact, "wageguard.test.v1", Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static MappingMongoConverter converter() {
    MongoCustomConversions conversions = new MongoConfiguration().mongoCustomConversions();
    MongoMappingContext context = new MongoMappingContext();
    context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
    context.afterPropertiesSet();
    MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
    converter.setCustomConversions(conversions);
    converter.afterPropertiesSet();
    return converter;
  }
}
