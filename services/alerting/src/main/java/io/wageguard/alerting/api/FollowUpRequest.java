package io.wageguard.alerting.api;

import jakarta.validation.constraints.Size;

/**
 * An acknowledgement or resolution: for which union (optional) and a note. Who did it is the caller's token
 * subject, never the body: {@code by} is still accepted so older clients keep working, and is not recorded.
 */
public record FollowUpRequest(@Size(max = 200) String by, @Size(max = 100) String unionId,
    @Size(max = 4000) String note) {}
