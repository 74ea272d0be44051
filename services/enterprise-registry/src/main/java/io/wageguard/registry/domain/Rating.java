package io.wageguard.registry.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The labour bureau's integrity grade for a year (TC-6, HT-6b), known from {@code effectiveDate}. */
public record Rating(int year, Grade grade, LocalDate effectiveDate, Instant recordedAt, long version) {}
