package io.wageguard.arrears.adapter.rest;

import io.wageguard.arrears.domain.SubmissionInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The data of {@code wageguard.arrears.submission.v1} plus the client's own {@code submissionId}
 * (resending it opens nothing new). Field rules are checked by the domain and answered 422 per field.
 */
public record OpenCaseRequest(@NotBlank @Size(max = 200) String submissionId, String creditCode,
                              String arrearsStartDate, List<String> wageMonths, String amountOwed,
                              Integer workersAffected, String reporterRole, String reporter, String reference,
                              String jurisdiction) {

  SubmissionInput toInput() {
    return new SubmissionInput(creditCode, arrearsStartDate, wageMonths, amountOwed, workersAffected, reporterRole,
        reporter, reference, jurisdiction);
  }
}
