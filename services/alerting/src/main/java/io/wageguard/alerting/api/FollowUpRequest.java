package io.wageguard.alerting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who acknowledges or resolves an alert (and for which union), with a note. */
public record FollowUpRequest(@NotBlank @Size(max = 200) String by, @Size(max = 100) String unionId,
    @Size(max = 4000) String note) {}
