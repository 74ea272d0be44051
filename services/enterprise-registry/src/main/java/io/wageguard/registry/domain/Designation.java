package io.wageguard.registry.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The union federation's "harmonious labour relations enterprise" designation for a year (TC-6). */
public record Designation(int year, boolean harmonious, LocalDate effectiveDate, Instant recordedAt, long version) {}
