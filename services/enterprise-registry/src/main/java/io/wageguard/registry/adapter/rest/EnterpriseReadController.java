package io.wageguard.registry.adapter.rest;

import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.security.Caller;
import io.wageguard.registry.application.EnterpriseService;
import io.wageguard.registry.application.Enterprises.Filter;
import io.wageguard.registry.application.Enterprises.Found;
import io.wageguard.registry.application.Enterprises.Summary;
import io.wageguard.registry.domain.Enterprise;
import io.wageguard.registry.domain.Grade;
import io.wageguard.registry.domain.Premises;
import io.wageguard.registry.domain.Sector;
import io.wageguard.registry.domain.Status;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the register: one enterprise now or as of a date, and a paged search. */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseReadController {

  private final EnterpriseService service;

  EnterpriseReadController(EnterpriseService service) {
    this.service = service;
  }

  /** The enterprise with its history; with {@code asOf}, what was true at the end of that day. */
  @GetMapping("/{creditCode}")
  EnterpriseResponse get(Caller caller, @PathVariable String creditCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    Enterprise enterprise = service.get(creditCode, caller);
    if (asOf == null) {
      return EnterpriseResponse.of(enterprise.current());
    }
    return EnterpriseResponse.of(enterprise.asOf(asOf).orElseThrow(() -> new NotFound(
        "enterprise " + creditCode + " was not in the register on " + asOf + " (its profile holds from "
            + enterprise.profiles().getFirst().effectiveDate() + ")")));
  }

  public record PageResponse(List<Summary> content, int page, int size, long totalElements, int totalPages) {}

  /** The largest page a search answers; a larger {@code size} is a 400 naming it. */
  static final int MAX_PAGE_SIZE = 200;

  /**
   * Enterprises by their current profile, among those the caller reaches (its jurisdictions; an enterprise only
   * itself). {@code rating} alone matches the grade of the latest rated year; with
   * {@code ratingYear}, the grade of that year (or, without {@code rating}, any grade that year).
   */
  @GetMapping
  PageResponse search(Caller caller,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) Sector sector,
      @RequestParam(required = false) Premises premises,
      @RequestParam(required = false) Status status,
      @RequestParam(required = false) Grade rating,
      @RequestParam(required = false) @Min(1990) @Max(9999) Integer ratingYear,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
    Found found = service.search(new Filter(jurisdiction, sector, premises, status, rating, ratingYear), caller,
        page, size);
    return new PageResponse(found.content(), page, size, found.totalElements(),
        (int) Math.ceilDiv(found.totalElements(), size));
  }
}
