package io.wageguard.registry.adapter.rest;

import io.wageguard.registry.domain.Grade;
import io.wageguard.registry.domain.PayrollKind;
import io.wageguard.registry.domain.Premises;
import io.wageguard.registry.domain.ProfilePatch;
import io.wageguard.registry.domain.Registration;
import io.wageguard.registry.domain.Sector;
import io.wageguard.registry.domain.Status;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies. Shape is checked here (400); the registry's rules in the domain (422). */
public final class EnterpriseRequests {

  private EnterpriseRequests() {}

  public record Register(
      @NotBlank String creditCode,
      @NotBlank String name,
      @NotBlank String legalRepresentative,
      @NotBlank String address,
      @NotBlank @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 code") String jurisdiction,
      @NotNull Sector sector,
      @NotNull Premises premises,
      @NotNull @PositiveOrZero Integer headcount,
      @NotNull Boolean hasOwnUnion,
      LocalDate effectiveDate) {

    Registration toRegistration() {
      return new Registration(creditCode.strip(), name, legalRepresentative, address, jurisdiction, sector, premises,
          headcount, hasOwnUnion, effectiveDate);
    }
  }

  /** Only the fields given change; status changes through its own endpoint. */
  public record ChangeProfile(
      String name,
      String legalRepresentative,
      String address,
      @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 code") String jurisdiction,
      Sector sector,
      Premises premises,
      @PositiveOrZero Integer headcount,
      Boolean hasOwnUnion,
      LocalDate effectiveDate) {

    ProfilePatch toPatch() {
      return new ProfilePatch(name, legalRepresentative, address, jurisdiction, sector, premises, headcount,
          hasOwnUnion, effectiveDate);
    }
  }

  public record DeclarePayroll(
      @NotNull PayrollKind kind,
      @NotBlank String period,
      @NotNull BigDecimal totalWages,
      LocalDate effectiveDate) {}

  public record RecordRating(@NotNull Integer year, @NotNull Grade grade, LocalDate effectiveDate) {}

  public record RecordDesignation(@NotNull Integer year, @NotNull Boolean harmonious, LocalDate effectiveDate) {}

  public record ChangeStatus(@NotNull Status status, LocalDate effectiveDate) {}
}
