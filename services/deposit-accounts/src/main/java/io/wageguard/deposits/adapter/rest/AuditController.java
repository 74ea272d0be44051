package io.wageguard.deposits.adapter.rest;

import io.micrometer.core.annotation.Timed;
import io.wageguard.chassis.security.Caller;
import io.wageguard.deposits.adapter.rest.DepositResponses.DepositListResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.DepositRow;
import io.wageguard.deposits.adapter.rest.DepositResponses.DepositTotals;
import io.wageguard.deposits.adapter.rest.DepositResponses.LedgerResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.StatusResponse;
import io.wageguard.deposits.adapter.rest.DepositResponses.VerificationResponse;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.LedgerEntry;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.application.DepositService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only view (auditors, bureaus, banks, an enterprise its own): status, ledger and verification of one
 * enterprise as of any date; lists with totals; CSV. Everything is narrowed to the caller's reach.
 */
@RestController
@Timed("wageguard.deposits.http.audit")
public class AuditController {

  static final int MAX_PAGE_SIZE = 500;
  static final int MAX_CSV_ROWS = 50_000;
  private static final String JURISDICTION = "^[0-9]{6}$";
  private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
  private final DepositService service;

  public AuditController(DepositService service) {
    this.service = service;
  }

  @GetMapping("/api/enterprises/{creditCode}/status")
  StatusResponse status(Caller caller, @PathVariable String creditCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    return ResponseMappers.status(view(service.get(caller, creditCode), asOf));
  }

  @GetMapping("/api/enterprises/{creditCode}/ledger")
  LedgerResponse ledger(Caller caller, @PathVariable String creditCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    return ResponseMappers.ledger(creditCode, view(service.get(caller, creditCode), asOf));
  }

  /** Recomputes every hash and link of the whole ledger: tampering, removal or reordering is detected. */
  @GetMapping("/api/enterprises/{creditCode}/ledger/verification")
  VerificationResponse verify(Caller caller, @PathVariable String creditCode) {
    return ResponseMappers.verification(service.get(caller, creditCode).verifyLedger());
  }

  @GetMapping(value = "/api/enterprises/{creditCode}/ledger.csv")
  ResponseEntity<String> ledgerCsv(Caller caller, @PathVariable String creditCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    Deposit.StatusView v = view(service.get(caller, creditCode), asOf);
    StringBuilder csv = new StringBuilder(
        "sequence,entryId,kind,amount,balanceAfter,valueDate,recordedAt,reference,reverses,requested,shortfall,ruleIds,previousHash,hash\n");
    for (LedgerEntry e : v.ledger()) {
      csv.append(String.join(",", Long.toString(e.sequence()), e.entryId(), e.kind().name(), Money.format(e.amount()),
          Money.format(e.balanceAfter()), e.valueDate().toString(), e.recordedAt().toString(), cell(e.reference()),
          cell(e.reverses()), cell(Money.format(e.requested())), cell(Money.format(e.shortfall())),
          cell(String.join(" ", e.ruleIds())), e.previousHash(), e.hash())).append('\n');
    }
    return ResponseEntity.ok().contentType(CSV).body(csv.toString());
  }

  /**
   * The enterprises of the caller's jurisdictions, filtered by jurisdiction (and everything inside it) and
   * compliance status, as of a date; totals over all of them, items one page at a time.
   */
  @GetMapping("/api/deposits")
  DepositListResponse list(Caller caller,
      @RequestParam(required = false) @Pattern(regexp = JURISDICTION) String jurisdiction,
      @RequestParam(required = false) String compliance,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
    List<Deposit.StatusView> rows = rows(caller, jurisdiction, compliance, asOf);
    BigDecimal balance = Money.ZERO;
    BigDecimal required = Money.ZERO;
    Map<String, Integer> byCompliance = new TreeMap<>();
    for (Deposit.StatusView v : rows) {
      balance = balance.add(v.balance());
      if (v.assessment() != null && v.assessment().requiredAmount() != null
          && "REQUIRED".equals(v.assessment().outcome().name())) {
        required = required.add(v.assessment().requiredAmount());
      }
      byCompliance.merge(v.compliance(), 1, Integer::sum);
    }
    List<DepositRow> items = rows.stream().skip((long) page * size).limit(size).map(ResponseMappers::row).toList();
    DepositTotals totals = new DepositTotals(rows.size(), Money.format(required), Money.format(balance), byCompliance);
    return new DepositListResponse((asOf == null ? service.today() : asOf).toString(), jurisdiction, compliance,
        totals, page, size, items);
  }

  /** The same rows as CSV, all of them (at most {@value #MAX_CSV_ROWS}), for the caller's jurisdictions. */
  @GetMapping("/api/deposits.csv")
  ResponseEntity<String> listCsv(Caller caller,
      @RequestParam(required = false) @Pattern(regexp = JURISDICTION) String jurisdiction,
      @RequestParam(required = false) String compliance,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    StringBuilder csv = new StringBuilder(
        "creditCode,jurisdiction,asOf,outcome,policy,requiredAmount,balance,compliance,nextDueDate,nextDueAmount,missedDeadlines,ledgerValid\n");
    for (Deposit.StatusView v : rows(caller, jurisdiction, compliance, asOf).stream().limit(MAX_CSV_ROWS).toList()) {
      DepositRow r = ResponseMappers.row(v);
      csv.append(String.join(",", v.creditCode(), cell(v.jurisdiction()), v.asOf().toString(), cell(r.outcome()),
          cell(r.policy()), cell(r.requiredAmount()), Money.format(v.balance()),
          v.compliance(), cell(v.nextDue() == null ? null : v.nextDue().dueDate().toString()),
          cell(v.nextDue() == null ? null : Money.format(v.nextDue().amount())),
          Integer.toString(v.missedDeadlines().size()), Boolean.toString(v.verification().valid()))).append('\n');
    }
    return ResponseEntity.ok().contentType(CSV).body(csv.toString());
  }

  private List<Deposit.StatusView> rows(Caller caller, String jurisdiction, String compliance, LocalDate asOf) {
    LocalDate date = asOf == null ? service.today() : asOf;
    return service.all(caller, jurisdiction).stream().map(deposit -> deposit.statusAsOf(date))
        .filter(v -> compliance == null || compliance.equals(v.compliance())).toList();
  }

  private Deposit.StatusView view(Deposit deposit, LocalDate asOf) {
    return deposit.statusAsOf(asOf == null ? service.today() : asOf);
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
