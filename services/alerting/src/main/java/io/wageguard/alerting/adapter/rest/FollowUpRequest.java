package io.wageguard.alerting.adapter.rest;

import jakarta.validation.constraints.Size;

/**
 * An acknowledgement or resolution: for which union (optional) and a note. Who did it is the caller's token
 * subject, never the body: a body that names someone ({@code "by"}) is refused as an unknown field.
 */
public record FollowUpRequest(@Size(max = 100) String unionId, @Size(max = 4000) String note) {}
