package io.wageguard.registry.adapter.rest;

import io.wageguard.registry.domain.Change;
import io.wageguard.registry.domain.DatedProfile;
import io.wageguard.registry.domain.Designation;
import io.wageguard.registry.domain.EnterpriseView;
import io.wageguard.registry.domain.PayrollDeclaration;
import io.wageguard.registry.domain.Rating;
import java.util.List;
import java.util.Map;

/**
 * An enterprise as of a date (or now): profile and since when, payroll, ratings, designations and the history of
 * changes. Dates ISO, instants ISO-8601, money as a string with fen.
 */
public record EnterpriseResponse(String creditCode, String asOf, long version, String registeredAt, Profile profile,
    List<Payroll> payroll, List<RatingDto> ratings, List<DesignationDto> designations, List<ChangeDto> history) {

  public record Profile(String name, String legalRepresentative, String address, String jurisdiction, String sector,
      String premises, int headcount, boolean hasOwnUnion, String status, String since) {}

  public record Payroll(String kind, String period, String totalWages, String effectiveDate, String declaredAt) {}

  public record RatingDto(int year, String grade, String effectiveDate, String recordedAt) {}

  public record DesignationDto(int year, boolean harmonious, String effectiveDate, String recordedAt) {}

  public record ChangeDto(long version, String at, String actor, String change, String effectiveDate,
      Map<String, String> details) {}

  static EnterpriseResponse of(EnterpriseView view) {
    DatedProfile dated = view.profile();
    var p = dated.profile();
    return new EnterpriseResponse(view.creditCode(), view.asOf() == null ? null : view.asOf().toString(),
        view.version(), view.registeredAt().toString(),
        new Profile(p.name(), p.legalRepresentative(), p.address(), p.jurisdiction(), p.sector().name(),
            p.premises().name(), p.headcount(), p.hasOwnUnion(), p.status().name(),
            dated.effectiveDate().toString()),
        view.payroll().stream().map(EnterpriseResponse::payroll).toList(),
        view.ratings().stream().map(EnterpriseResponse::rating).toList(),
        view.designations().stream().map(EnterpriseResponse::designation).toList(),
        view.history().stream().map(EnterpriseResponse::change).toList());
  }

  private static Payroll payroll(PayrollDeclaration d) {
    return new Payroll(d.kind().name(), d.period(), d.totalWages().toPlainString(), d.effectiveDate().toString(),
        d.declaredAt().toString());
  }

  private static RatingDto rating(Rating r) {
    return new RatingDto(r.year(), r.grade().name(), r.effectiveDate().toString(), r.recordedAt().toString());
  }

  private static DesignationDto designation(Designation d) {
    return new DesignationDto(d.year(), d.harmonious(), d.effectiveDate().toString(), d.recordedAt().toString());
  }

  private static ChangeDto change(Change c) {
    return new ChangeDto(c.version(), c.at().toString(), c.actor(), c.kind().name(), c.effectiveDate().toString(),
        c.details());
  }
}
