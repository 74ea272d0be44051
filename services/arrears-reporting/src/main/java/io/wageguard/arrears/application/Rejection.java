package io.wageguard.arrears.application;

import io.wageguard.chassis.rules.Violation;
import java.time.Instant;
import java.util.List;

/** A rejected submission, kept with its reasons. */
public record Rejection(String id, String submissionId, String creditCode, List<Violation> reasons,
                        Instant receivedAt) {}
