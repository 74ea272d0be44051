package io.wageguard.registry.domain;

import io.wageguard.chassis.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a new enterprise, as a request or a spreadsheet row gives them. {@code effectiveDate} is the
 * date from which the profile holds (the registry may be filled in after the fact); null means today.
 */
public record Registration(String creditCode, String name, String legalRepresentative, String address,
    String jurisdiction, Sector sector, Premises premises, Integer headcount, Boolean hasOwnUnion,
    LocalDate effectiveDate) {

  /** Every broken rule, field by field; empty when the registration may be accepted. */
  public List<Violation> violations(Jurisdictions jurisdictions, LocalDate today) {
    List<Violation> found = new ArrayList<>();
    String codeProblem = CreditCode.problemWith(creditCode);
    if (codeProblem != null) {
      found.add(new Violation("creditCode", CreditCode.RULE, codeProblem));
    }
    required(found, "name", name);
    required(found, "legalRepresentative", legalRepresentative);
    required(found, "address", address);
    if (jurisdiction == null || jurisdiction.isBlank()) {
      found.add(new Violation("jurisdiction", "schema", "is required"));
    } else if (!jurisdictions.knows(jurisdiction)) {
      found.add(new Violation("jurisdiction", Jurisdictions.RULE,
          "'" + jurisdiction + "' is not a known GB/T 2260 division code"));
    }
    if (sector == null) {
      found.add(new Violation("sector", "schema", "is required"));
    }
    if (premises == null) {
      found.add(new Violation("premises", "schema", "is required"));
    }
    if (headcount == null) {
      found.add(new Violation("headcount", "schema", "is required"));
    } else if (headcount < 0) {
      found.add(new Violation("headcount", "schema", "must be 0 or more"));
    }
    if (hasOwnUnion == null) {
      found.add(new Violation("hasOwnUnion", "schema", "is required"));
    }
    EffectiveDates.notAfterToday(found, effectiveDate, today);
    return found;
  }

  public Profile profile() {
    return new Profile(name.strip(), legalRepresentative.strip(), address.strip(), jurisdiction, sector, premises,
        headcount, hasOwnUnion, Status.ACTIVE);
  }

  /** The same facts as a change of an existing profile (a re-imported spreadsheet row). */
  public ProfilePatch asPatch() {
    return new ProfilePatch(name, legalRepresentative, address, jurisdiction, sector, premises, headcount,
        hasOwnUnion, effectiveDate);
  }

  private static void required(List<Violation> found, String field, String value) {
    if (value == null || value.isBlank()) {
      found.add(new Violation(field, "schema", "is required"));
    }
  }
}
