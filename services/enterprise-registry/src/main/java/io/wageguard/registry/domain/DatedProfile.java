package io.wageguard.registry.domain;

import java.time.LocalDate;

/** The profile as it holds from {@code effectiveDate} on, set by the change that made the record {@code version}. */
public record DatedProfile(LocalDate effectiveDate, long version, Profile profile) {}
