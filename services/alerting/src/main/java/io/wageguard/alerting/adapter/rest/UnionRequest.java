package io.wageguard.alerting.adapter.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A directory entry as written over REST (POST creates with {@code id}, PUT replaces). */
public record UnionRequest(
    @Pattern(regexp = "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,99}$") String id,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 200) String nameEn,
    @NotNull @Pattern(regexp = "ENTERPRISE_UNION|TOWN_UNION|DISTRICT_UNION|CITY_FEDERATION|LABOUR_BUREAU|DEPARTMENT") String kind,
    @NotEmpty List<@Pattern(regexp = "^[0-9]{6}([0-9]{3})?$") String> jurisdictions,
    @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$") String creditCode,
    @Size(max = 100) String department,
    List<@Pattern(regexp = "^[0-9]{6}([0-9]{3})?$") String> jointMeetingOf,
    @Valid WebhookRequest webhook) {

  public record WebhookRequest(
      @NotBlank @Pattern(regexp = "^https?://.+") String url,
      @NotBlank @Size(min = 16, max = 200) String secret) {}
}
