package io.wageguard.registry.domain;

import io.wageguard.chassis.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A change of some profile fields (null: unchanged), holding from {@code effectiveDate} (null: today). */
public record ProfilePatch(String name, String legalRepresentative, String address, String jurisdiction,
    Sector sector, Premises premises, Integer headcount, Boolean hasOwnUnion, LocalDate effectiveDate) {

  List<Violation> violations(Jurisdictions jurisdictions) {
    List<Violation> found = new ArrayList<>();
    notBlankIfGiven(found, "name", name);
    notBlankIfGiven(found, "legalRepresentative", legalRepresentative);
    notBlankIfGiven(found, "address", address);
    if (jurisdiction != null && !jurisdictions.knows(jurisdiction)) {
      found.add(new Violation("jurisdiction", Jurisdictions.RULE,
          "'" + jurisdiction + "' is not a known GB/T 2260 division code"));
    }
    if (headcount != null && headcount < 0) {
      found.add(new Violation("headcount", "schema", "must be 0 or more"));
    }
    return found;
  }

  Profile applyTo(Profile p) {
    return new Profile(
        name != null ? name.strip() : p.name(),
        legalRepresentative != null ? legalRepresentative.strip() : p.legalRepresentative(),
        address != null ? address.strip() : p.address(),
        jurisdiction != null ? jurisdiction : p.jurisdiction(),
        sector != null ? sector : p.sector(),
        premises != null ? premises : p.premises(),
        headcount != null ? headcount : p.headcount(),
        hasOwnUnion != null ? hasOwnUnion : p.hasOwnUnion(),
        p.status());
  }

  private static void notBlankIfGiven(List<Violation> found, String field, String value) {
    if (value != null && value.isBlank()) {
      found.add(new Violation(field, "schema", "must not be blank"));
    }
  }
}
