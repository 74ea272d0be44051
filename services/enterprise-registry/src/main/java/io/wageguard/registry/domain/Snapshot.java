package io.wageguard.registry.domain;

import java.time.Instant;

/** The enterprise's current profile after a change: every event carries it, so one event is enough to know the present. */
public record Snapshot(String creditCode, Instant registeredAt, long version, Profile profile) {}
