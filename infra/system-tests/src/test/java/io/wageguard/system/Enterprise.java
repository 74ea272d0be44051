package io.wageguard.system;

import static io.wageguard.system.RulesFixture.REGISTRY_WRITER;
import static io.wageguard.system.RulesFixture.auditor;
import static io.wageguard.system.RulesFixture.bank;
import static io.wageguard.system.RulesFixture.labourBureau;
import static io.wageguard.system.RulesFixture.ok;

import io.wageguard.testsupport.TopicProbe.Seen;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The vocabulary of the rule suites (issue 15): an enterprise of a scenario, registered by
 * {@code system.given().enterprise(HIGH_TECH_ZONE).production().leased().employees(150).registered()}, and what
 * each role does about it, each call made as the account whose role makes it (see {@link RulesFixture}). Calls
 * whose answer a rule is about take the request's JSON as written in the test and return the answer, for the test
 * to check with {@link RulesFixture#ok} or {@link RulesFixture#rejected}; the steps of a scenario's set-up
 * ({@code certificateIssued}, {@code accountOpened}, …) must succeed and return the enterprise, to chain.
 * The {@code await…} methods wait for what the services decide about it.
 */
final class Enterprise {

  /** The registry's facts of an enterprise to register: sector, premises, headcount and whether it has a union. */
  static final class Registration {
    private final RulesFixture system;
    private final String jurisdiction;
    private String sector;
    private String premises;
    private int headcount;
    private boolean ownUnion;

    Registration(RulesFixture system, String jurisdiction) {
      this.system = system;
      this.jurisdiction = jurisdiction;
    }

    Registration production() {
      sector = "PRODUCTION";
      return this;
    }

    Registration catering() {
      sector = "CATERING";
      return this;
    }

    Registration leased() {
      premises = "LEASED";
      return this;
    }

    Registration owned() {
      premises = "OWNED";
      return this;
    }

    Registration employees(int headcount) {
      this.headcount = headcount;
      return this;
    }

    Registration withOwnUnion() {
      ownUnion = true;
      return this;
    }

    /** Registers it (a new credit code) and waits for its registered event. */
    Enterprise registered() {
      if (sector == null || premises == null || headcount == 0) {
        throw new IllegalStateException("say the sector, the premises and the headcount of the enterprise");
      }
      return new Enterprise(system, system.register(jurisdiction, sector, premises, headcount, ownUnion),
          jurisdiction);
    }
  }

  final String creditCode;
  final String jurisdiction;
  private final RulesFixture system;

  Enterprise(RulesFixture system, String creditCode, String jurisdiction) {
    this.system = system;
    this.creditCode = creditCode;
    this.jurisdiction = jurisdiction;
  }

  private String path(String tail) {
    return "/api/enterprises/" + creditCode + tail;
  }

  // ------------------------------------------------------------------ enterprise-registry (the registry writer)

  Enterprise payroll(int year, String totalWages) {
    system.annualPayroll(creditCode, year, totalWages);
    return this;
  }

  Enterprise rated(int year, String grade) {
    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", path("/ratings"), """
        {"year":%d,"grade":"%s"}""".formatted(year, grade)));
    return this;
  }

  Enterprise designatedHarmonious(int year) {
    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", path("/designations"), """
        {"year":%d,"harmonious":true}""".formatted(year)));
    return this;
  }

  /** A change of registration status: RELOCATED, DEREGISTERED, BANKRUPT. */
  Enterprise statusChanged(String status) {
    ok(system.as(REGISTRY_WRITER).post("enterprise-registry", path("/status"), """
        {"status":"%s"}""".formatted(status)));
    return this;
  }

  Enterprise movedTo(String premises) {
    ok(system.as(REGISTRY_WRITER).patch("enterprise-registry", path(""), """
        {"premises":"%s"}""".formatted(premises)));
    return this;
  }

  // ------------------------------------------------------------------ arrears-reporting (the labour bureau)

  /** A case opened by the jurisdiction's labour bureau, as answered (201). */
  JsonNode openCase(LocalDate start, List<String> wageMonths, String owed, int workers) {
    return system.openCase(creditCode, jurisdiction, start, wageMonths, owed, workers);
  }

  /** The id of a case opened as {@link #openCase}. */
  String caseOpened(LocalDate start, List<String> wageMonths, String owed, int workers) {
    return openCase(start, wageMonths, owed, workers).path("caseId").asString();
  }

  /** The case as the labour bureau reads it. */
  JsonNode theCase(String caseId) {
    return ok(system.as(labourBureau(jurisdiction)).get("arrears-reporting", "/api/cases/" + caseId));
  }

  HttpResponse<String> settlement(String caseId, String json) {
    return system.as(labourBureau(jurisdiction)).post("arrears-reporting", "/api/cases/" + caseId + "/settlements",
        json);
  }

  HttpResponse<String> fileReport(String caseId, String json) {
    return system.fileReport(jurisdiction, caseId, json);
  }

  JsonNode recordIncident(String caseId, String kind, LocalDate occurredOn, int workers) {
    return system.recordIncident(jurisdiction, caseId, kind, occurredOn, workers);
  }

  // ------------------------------------------------------------------ deposit-accounts: the labour bureau, the bank

  HttpResponse<String> certificate(String json) {
    return system.as(labourBureau(jurisdiction)).post("deposit-accounts", path("/certificate"), json);
  }

  /** HT-3: the labour bureau's deposit certificate, issued on that day. */
  Enterprise certificateIssued(String issuedOn) {
    ok(certificate("""
        {"issuedOn":"%s"}""".formatted(issuedOn)));
    return this;
  }

  HttpResponse<String> agreement(String json) {
    return system.as(labourBureau(jurisdiction)).post("deposit-accounts", path("/agreement"), json);
  }

  HttpResponse<String> account(String json) {
    return system.as(bank(jurisdiction)).post("deposit-accounts", path("/account"), json);
  }

  /** HT-7: the dedicated account, opened by the bank on that day. */
  Enterprise accountOpened(String openedOn, String bank, String accountNumber) {
    ok(account("""
        {"openedOn":"%s","bank":"%s","accountNumber":"%s"}""".formatted(openedOn, bank, accountNumber)));
    return this;
  }

  HttpResponse<String> credit(String json) {
    return system.as(bank(jurisdiction)).post("deposit-accounts", path("/credits"), json);
  }

  HttpResponse<String> payout(String json) {
    return system.as(bank(jurisdiction)).post("deposit-accounts", path("/payouts"), json);
  }

  HttpResponse<String> refund(String json) {
    return system.as(bank(jurisdiction)).post("deposit-accounts", path("/refunds"), json);
  }

  /** M-2: the bank reverses one ledger entry. */
  HttpResponse<String> reversal(String entryId, String json) {
    return system.as(bank(jurisdiction)).post("deposit-accounts", path("/ledger/" + entryId + "/reversal"), json);
  }

  // ------------------------------------------------------------------ what deposit-accounts decided (an auditor)

  JsonNode ledger() {
    return system.ledger(creditCode, jurisdiction);
  }

  JsonNode ledgerVerification() {
    return ok(system.as(auditor(jurisdiction)).get("deposit-accounts", path("/ledger/verification")));
  }

  JsonNode awaitObligation(Predicate<JsonNode> expected) {
    return system.awaitObligation(creditCode, jurisdiction, expected);
  }

  JsonNode awaitOutcome(String outcome) {
    return system.awaitOutcome(creditCode, jurisdiction, outcome);
  }

  JsonNode awaitRequiredAmount(String amount) {
    return system.awaitRequiredAmount(creditCode, jurisdiction, amount);
  }

  JsonNode awaitFacts(Predicate<JsonNode> expected) {
    return system.awaitFacts(creditCode, jurisdiction, expected);
  }

  JsonNode status(LocalDate asOf) {
    return system.status(creditCode, jurisdiction, asOf);
  }

  // ------------------------------------------------------------------ then: events and alerts about it

  Seen awaitEvent(String type) {
    return system.awaitEvent(type, creditCode);
  }

  Seen awaitEvent(String type, Predicate<Seen> also) {
    return system.awaitEvent(type, creditCode, also);
  }

  Seen awaitDeadlineMissed(String obligation, Predicate<Seen> also) {
    return system.awaitDeadlineMissed(creditCode, obligation, also);
  }

  Seen awaitAlert(String signal) {
    return system.awaitAlert(signal, creditCode);
  }

  Seen awaitAlert(String signal, Duration atMost, Predicate<Seen> also) {
    return system.awaitAlert(signal, creditCode, atMost, also);
  }

  List<Seen> alerts(String signal) {
    return system.alerts(signal, creditCode);
  }

  @Override
  public String toString() {
    return creditCode;
  }
}
