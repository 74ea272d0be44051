package io.wageguard.alerting.application;

import java.time.Instant;
import java.util.Collection;

/**
 * Filters of the alert queries. {@code jurisdictions} is the requested code and everything inside it;
 * {@code rule} matches the signal (EW-2) or any rule id the alert cites (TC-2).
 */
public record AlertFilter(Collection<String> jurisdictions, String level, String rule, String status,
    String creditCode, String unionId, Instant from, Instant until) {}
