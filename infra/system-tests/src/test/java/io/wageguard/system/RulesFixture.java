package io.wageguard.system;

import static io.wageguard.testsupport.TopicProbe.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.devstack.ApiClient;
import io.wageguard.devstack.DevAccounts;
import io.wageguard.devstack.RunningDevstack;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TopicProbe;
import io.wageguard.testsupport.TopicProbe.Seen;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the rule suites ({@code Rules*SystemIT}) share: the running system, one probe on every topic, and the
 * few public calls each rule needs, made as the demo account whose role makes that call (issue 7's accounts).
 * Every REST call goes through {@link RunningDevstack#client(String)}, so the suites keep passing once tokens
 * are required.
 */
final class RulesFixture implements AfterAllCallback {

  static final String TAICANG = "320585";
  static final String HIGH_TECH_ZONE = "320505";
  static final JsonMapper JSON = JsonMapper.builder().build();
  /**
   * How long a missed deadline (EW-7) may take: the suite's deposit-accounts sweeps its deadlines every
   * {@link RunningSystem#DEPOSIT_SWEEP_INTERVAL}; then it is an event like any other.
   */
  static final Duration DEPOSIT_SWEEP = RunningSystem.DEPOSIT_SWEEP_INTERVAL.multipliedBy(2).plusSeconds(30);

  // The demo accounts of the security contract (issue 7), by the role that makes each call; the services'
  // AccessPolicy classes allow exactly these roles.
  /** Registry writes: registration, profile, payroll, ratings, designations, status. */
  static final String REGISTRY_WRITER = DevAccounts.ADMIN;

  /** Cases, written reports, settlements and incidents; deposit agreements and certificates. */
  static String labourBureau(String jurisdiction) {
    return DevAccounts.labourBureau(jurisdiction);
  }

  /** Reads and acknowledges its jurisdiction's alerts. */
  static String union(String jurisdiction) {
    return DevAccounts.union(jurisdiction);
  }

  /** Deposits, contributions, top-ups, payouts, refunds and reversals are recorded by the bank on the account. */
  static String bank(String jurisdiction) {
    return DevAccounts.bank(jurisdiction);
  }

  /** Reads deposit facts, obligations, status and ledgers. */
  static String auditor(String jurisdiction) {
    return DevAccounts.auditor(jurisdiction);
  }

  final RunningDevstack stack;
  final TopicProbe probe;

  RulesFixture() {
    stack = RunningSystem.get();
    probe = new TopicProbe(stack.kafkaClientProperties("admin"), "enterprise.events", "arrears.events", "deposit.events", "alerts");
  }

  ApiClient as(String account) {
    return stack.client(account);
  }

  // ------------------------------------------------------------------ the vocabulary

  /** Given an enterprise: {@code given().enterprise(TAICANG).production().owned().employees(60).registered()}. */
  Given given() {
    return new Given(this);
  }

  record Given(RulesFixture system) {
    Enterprise.Registration enterprise(String jurisdiction) {
      return new Enterprise.Registration(system, jurisdiction);
    }
  }

  // ------------------------------------------------------------------ enterprise-registry

  /** Registers a fresh enterprise (a new credit code) and waits for its registered event. */
  String register(String jurisdiction, String sector, String premises, int headcount, boolean hasOwnUnion) {
    String creditCode = TestCreditCodes.random(jurisdiction);
    ok(as(REGISTRY_WRITER).post("enterprise-registry", "/api/enterprises", """
        {"creditCode":"%s","name":"规则测试企业%s","legalRepresentative":"张伟","address":"示范路1号",
         "jurisdiction":"%s","sector":"%s","premises":"%s","headcount":%d,"hasOwnUnion":%b}"""
        .formatted(creditCode, creditCode.substring(12), jurisdiction, sector, premises, headcount, hasOwnUnion)));
    probe.await(ofType("wageguard.enterprise.registered.v1").and(subject(creditCode)));
    return creditCode;
  }

  void annualPayroll(String creditCode, int year, String totalWages) {
    ok(as(REGISTRY_WRITER).post("enterprise-registry", "/api/enterprises/" + creditCode + "/payroll", """
        {"kind":"ANNUAL","period":"%d","totalWages":"%s"}""".formatted(year, totalWages)));
  }

  // ------------------------------------------------------------------ arrears-reporting

  /** Opens a case as the jurisdiction's labour bureau and returns the case as answered (201). */
  JsonNode openCase(String creditCode, String jurisdiction, LocalDate start, List<String> wageMonths, String owed,
      int workers) {
    String months = String.join("\",\"", wageMonths);
    return ok(as(labourBureau(jurisdiction)).post("arrears-reporting", "/api/cases", """
        {"submissionId":"%s","creditCode":"%s","jurisdiction":"%s","arrearsStartDate":"%s","wageMonths":["%s"],
         "amountOwed":"%s","workersAffected":%d,"reporterRole":"LABOUR_BUREAU","reporter":"劳动监察大队"}"""
        .formatted(UUID.randomUUID(), creditCode, jurisdiction, start, months, owed, workers)));
  }

  /** The employer's written TC-2 report, as received and recorded by the labour bureau. */
  HttpResponse<String> fileReport(String jurisdiction, String caseId, String json) {
    return as(labourBureau(jurisdiction)).post("arrears-reporting", "/api/cases/" + caseId + "/report", json);
  }

  /** A complete TC-2 report with both consents dated on the start day and the given deferral end. */
  static String completeReport(LocalDate start, LocalDate deferralEnd) {
    return """
        {"reportId":"%s","unionConsent":{"union":"企业工会","person":"周敏","date":"%s"},
         "workerRepresentativeConsent":{"representatives":"职工代表 赵磊、孙丽","date":"%s"},
         "procedure":"经职工代表大会讨论，与工会协商一致","deferralEndDate":"%s",
         "responsiblePerson":"法定代表人","reliefMeasures":"延期期间每人先行发放生活费 2,000 元"}"""
        .formatted(UUID.randomUUID(), start, start, deferralEnd);
  }

  JsonNode recordIncident(String jurisdiction, String caseId, String kind, LocalDate occurredOn, int workers) {
    return ok(as(labourBureau(jurisdiction)).post("arrears-reporting", "/api/cases/" + caseId + "/incidents", """
        {"incidentId":"%s","kind":"%s","occurredOn":"%s","workersInvolved":%d}"""
        .formatted(UUID.randomUUID(), kind, occurredOn, workers)));
  }

  // ------------------------------------------------------------------ deposit-accounts

  /** Waits until deposit-accounts, from enterprise.events and arrears.events, has decided the expected outcome. */
  JsonNode awaitObligation(String creditCode, String jurisdiction, Predicate<JsonNode> expected) {
    JsonNode[] last = new JsonNode[1];
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
      HttpResponse<String> r = as(auditor(jurisdiction)).get("deposit-accounts",
          "/api/enterprises/" + creditCode + "/obligation");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      last[0] = JSON.readTree(r.body());
      assertThat(expected.test(last[0])).as("obligation %s", last[0]).isTrue();
    });
    return last[0];
  }

  /** Waits until deposit-accounts' view of the enterprise (its facts, with their source events) satisfies the check. */
  JsonNode awaitFacts(String creditCode, String jurisdiction, Predicate<JsonNode> expected) {
    JsonNode[] last = new JsonNode[1];
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
      HttpResponse<String> r = as(auditor(jurisdiction)).get("deposit-accounts",
          "/api/enterprises/" + creditCode + "/facts");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      last[0] = JSON.readTree(r.body());
      assertThat(expected.test(last[0])).as("facts %s", last[0]).isTrue();
    });
    return last[0];
  }

  /** Required with its amount known: the payroll has reached deposit-accounts. */
  JsonNode awaitRequiredAmount(String creditCode, String jurisdiction, String amount) {
    return awaitObligation(creditCode, jurisdiction, o -> "REQUIRED".equals(o.path("outcome").asString())
        && amount.equals(o.path("requiredAmount").asString()));
  }

  JsonNode awaitOutcome(String creditCode, String jurisdiction, String outcome) {
    return awaitObligation(creditCode, jurisdiction, o -> outcome.equals(o.path("outcome").asString()));
  }

  JsonNode ledger(String creditCode, String jurisdiction) {
    return ok(as(auditor(jurisdiction)).get("deposit-accounts", "/api/enterprises/" + creditCode + "/ledger"));
  }

  JsonNode status(String creditCode, String jurisdiction, LocalDate asOf) {
    return ok(as(auditor(jurisdiction)).get("deposit-accounts",
        "/api/enterprises/" + creditCode + "/status?asOf=" + asOf));
  }

  // ------------------------------------------------------------------ topics

  Seen awaitEvent(String type, String creditCode) {
    return awaitEvent(type, creditCode, seen -> true);
  }

  Seen awaitEvent(String type, String creditCode, Predicate<Seen> also) {
    Seen seen = probe.await(Duration.ofSeconds(60), ofType(type).and(subject(creditCode)).and(also));
    ContractAssertions.assertConforms(seen);
    return seen;
  }

  /** A deadline missed by deposit-accounts' sweep (every {@link RunningSystem#DEPOSIT_SWEEP_INTERVAL} here). */
  Seen awaitDeadlineMissed(String creditCode, String obligation, Predicate<Seen> also) {
    Seen seen = probe.await(DEPOSIT_SWEEP, ofType("wageguard.deposit.deadline-missed.v1").and(subject(creditCode))
        .and(s -> obligation.equals(s.data().path("obligation").asString())).and(also));
    ContractAssertions.assertConforms(seen);
    return seen;
  }

  Seen awaitAlert(String signal, String creditCode) {
    return awaitAlert(signal, creditCode, DEPOSIT_SWEEP, seen -> true);
  }

  Seen awaitAlert(String signal, String creditCode, Duration atMost, Predicate<Seen> also) {
    Seen seen = probe.await(atMost, ofType("wageguard.alert.raised.v1").and(subject(creditCode))
        .and(s -> signal.equals(s.data().path("signal").asString())).and(also));
    ContractAssertions.assertConforms(seen);
    return seen;
  }

  List<Seen> alerts(String signal, String creditCode) {
    return probe.all(ofType("wageguard.alert.raised.v1").and(subject(creditCode))
        .and(s -> signal.equals(s.data().path("signal").asString())));
  }

  static Predicate<Seen> subject(String creditCode) {
    return seen -> seen.value() != null && creditCode.equals(seen.value().path("subject").asString());
  }

  static Predicate<Seen> dataField(String field, String value) {
    return seen -> seen.data() != null && value.equals(seen.data().path(field).asString());
  }

  // ------------------------------------------------------------------ JSON

  static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  static List<String> recipientIds(JsonNode alertData) {
    return alertData.path("routedTo").valueStream().map(r -> r.path("unionId").asString()).toList();
  }

  static List<String> recipientRoles(JsonNode alertData) {
    return alertData.path("routedTo").valueStream().map(r -> r.path("role").asString()).distinct().toList();
  }

  /** The answer of a successful call, parsed. */
  static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("%s %s", response.request().uri(), response.body()).isBetween(200, 299);
    return JSON.readTree(response.body());
  }

  /** An RFC 9457 problem: the status, and the violation naming this field and rule. */
  static JsonNode rejected(HttpResponse<String> response, int status, String field, String rule) {
    assertThat(response.statusCode()).as("%s %s", response.request().uri(), response.body()).isEqualTo(status);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("violations").valueStream()
        .anyMatch(v -> field.equals(v.path("field").asString()) && rule.equals(v.path("rule").asString())))
        .as("a violation of %s on %s in %s", rule, field, problem).isTrue();
    return problem;
  }

  /** A suite registers the fixture as an extension ({@code @RegisterExtension}); its probe closes after the class. */
  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    probe.close();
  }
}
