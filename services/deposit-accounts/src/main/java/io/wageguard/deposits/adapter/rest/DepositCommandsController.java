package io.wageguard.deposits.adapter.rest;

import io.micrometer.core.annotation.Timed;
import io.wageguard.chassis.security.Caller;
import io.wageguard.deposits.adapter.rest.DepositResponses.StatusResponse;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.EntryKind;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.application.DepositService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes: agreements, certificates and assessments by the labour bureau; accounts, credits, payouts, refunds and
 * reversals by the bank (see config.AccessPolicy). Each answers the enterprise's status after the change; an
 * enterprise outside the caller's jurisdictions is "not found". Who made the change is in the audit trail
 * (the token's subject); {@code witnessedBy}, {@code requestedBy} and {@code approvedBy} name the parties the
 * rules require (TC-4, HT-4, HT-5), not the caller.
 */
@RestController
@RequestMapping("/api/enterprises/{creditCode}")
@Timed("wageguard.deposits.http.commands")
public class DepositCommandsController {

  static final String MONEY = "^[0-9]+\\.[0-9]{2}$";

  public record AgreementRequest(@NotNull LocalDate signedOn, @NotBlank String witnessedBy) {}

  public record CertificateRequest(@NotNull LocalDate issuedOn) {}

  public record AccountRequest(@NotNull LocalDate openedOn, @NotBlank String bank, @NotBlank String accountNumber) {}

  public record CreditRequest(@NotNull EntryKind kind, @NotNull @Pattern(regexp = MONEY) String amount,
                              @NotNull LocalDate valueDate, String reference) {}

  public record PayoutRequest(@NotNull EntryKind kind, @Pattern(regexp = MONEY) String amount,
                              @NotNull LocalDate valueDate, @NotBlank String reference, String requestedBy,
                              String approvedBy, @Min(1) @Max(12) Integer months, @Min(1) Integer workers) {}

  public record RefundRequest(@NotNull @Pattern(regexp = "HT-6[abc]") String reason, @NotNull LocalDate valueDate,
                              String reference) {}

  public record ReversalRequest(@NotNull LocalDate valueDate, @NotBlank String reason) {}

  private final DepositService service;

  public DepositCommandsController(DepositService service) {
    this.service = service;
  }

  @PostMapping("/agreement")
  StatusResponse agreement(Caller caller, @PathVariable String creditCode, @Valid @RequestBody AgreementRequest r) {
    return status(service.command(caller, creditCode, (d, ctx) -> d.signAgreement(ctx, r.signedOn(), r.witnessedBy())));
  }

  @PostMapping("/certificate")
  StatusResponse certificate(Caller caller, @PathVariable String creditCode, @Valid @RequestBody CertificateRequest r) {
    return status(service.command(caller, creditCode, (d, ctx) -> d.issueCertificate(ctx, r.issuedOn())));
  }

  @PostMapping("/account")
  StatusResponse account(Caller caller, @PathVariable String creditCode, @Valid @RequestBody AccountRequest r) {
    return status(service.command(caller, creditCode, (d, ctx) -> d.openAccount(ctx, r.openedOn(), r.bank(), r.accountNumber())));
  }

  @PostMapping("/credits")
  StatusResponse credit(Caller caller, @PathVariable String creditCode, @Valid @RequestBody CreditRequest r) {
    return status(service.command(caller, creditCode,
        (d, ctx) -> d.credit(ctx, r.kind(), Money.of(r.amount()), r.valueDate(), r.reference())));
  }

  @PostMapping("/payouts")
  StatusResponse payout(Caller caller, @PathVariable String creditCode, @Valid @RequestBody PayoutRequest r) {
    return status(service.command(caller, creditCode, (d, ctx) -> d.payout(ctx, new Deposit.PayoutRequest(r.kind(),
        r.amount() == null ? null : Money.of(r.amount()), r.valueDate(), r.reference(), r.requestedBy(),
        r.approvedBy(), r.months(), r.workers()))));
  }

  @PostMapping("/refunds")
  StatusResponse refund(Caller caller, @PathVariable String creditCode, @Valid @RequestBody RefundRequest r) {
    return status(service.command(caller, creditCode, (d, ctx) -> d.refund(ctx, r.reason(), r.valueDate(), r.reference())));
  }

  @PostMapping("/ledger/{entryId}/reversal")
  StatusResponse reverse(Caller caller, @PathVariable String creditCode, @PathVariable String entryId,
      @Valid @RequestBody ReversalRequest r) {
    return status(service.command(caller, creditCode, (d, ctx) -> d.reverse(ctx, entryId, r.valueDate(), r.reason())));
  }

  /** Re-runs the assessment now (e.g. after the two-year look-back moved on); emits only if the decision changed. */
  @PostMapping("/assessment")
  StatusResponse reassess(Caller caller, @PathVariable String creditCode) {
    return status(service.command(caller, creditCode, (d, ctx) -> d.settle(ctx)));
  }

  private StatusResponse status(Deposit deposit) {
    return ResponseMappers.status(deposit.statusAsOf(service.today()));
  }

}
