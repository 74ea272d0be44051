package io.wageguard.arrears.domain;

import java.util.List;

/**
 * A submission as received (REST body or the data of a {@code wageguard.arrears.submission.v1} event),
 * before validation: every field may be missing or malformed. Field names match the schema.
 */
public record SubmissionInput(String creditCode, String arrearsStartDate, List<String> wageMonths,
                              String amountOwed, Integer workersAffected, String reporterRole, String reporter,
                              String reference, String jurisdiction) {}
