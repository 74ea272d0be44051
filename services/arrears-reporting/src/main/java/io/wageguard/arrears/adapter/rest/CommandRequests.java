package io.wageguard.arrears.adapter.rest;

import io.wageguard.arrears.domain.IncidentKind;
import io.wageguard.arrears.domain.ReportInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the case commands. Optional ids make a resend harmless. */
public final class CommandRequests {

  private CommandRequests() {}

  /**
   * The employer's written TC-2 report. Missing parts are not a 400: an incomplete report is a report, recorded
   * as invalid (TC-2a) with its reasons.
   */
  public record FileReport(@Size(max = 200) String reportId, ReportInput.UnionConsent unionConsent,
                           ReportInput.WorkerConsent workerRepresentativeConsent, String procedure,
                           String deferralEndDate, String responsiblePerson, String reliefMeasures) {
    ReportInput toInput() {
      return new ReportInput(unionConsent, workerRepresentativeConsent, procedure, deferralEndDate, responsiblePerson,
          reliefMeasures);
    }
  }

  public record Settle(@Size(max = 200) String settlementId,
                       @NotNull @Pattern(regexp = "^[0-9]+\\.[0-9]{2}$", message = "must be yuan with two decimals, e.g. 1200.00")
                       String amountPaid,
                       @NotNull LocalDate settledOn) {}

  public record RecordIncident(@Size(max = 200) String incidentId, @NotNull IncidentKind kind,
                               @NotNull LocalDate occurredOn, @NotNull @Positive Integer workersInvolved) {}

  public record Close(@NotNull LocalDate closedOn, @NotBlank @Size(max = 500) String reason) {}
}
