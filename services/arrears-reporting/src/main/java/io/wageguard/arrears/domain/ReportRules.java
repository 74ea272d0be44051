package io.wageguard.arrears.domain;

import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.time.Deadline;
import io.wageguard.chassis.time.Periods;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** TC-2 and its deadlines: the report deadline (TC-2, P-2, P-3), report validity (TC-2a) and the deferral cap (TC-2b). */
public final class ReportRules {

  private ReportRules() {}

  /** TC-2: the written report is due within {@code reportDays} days from the start, not counting it (P-2), rolled (P-3). */
  public static Deadline reportDeadline(Periods periods, LocalDate arrearsStart, ArrearsPolicy policy) {
    return reportDeadline(periods, arrearsStart, policy.reportDays());
  }

  /** TC-2 with the report days a case was opened with (its policy version may have been replaced since). */
  public static Deadline reportDeadline(Periods periods, LocalDate arrearsStart, int reportDays) {
    return periods.withinDays(arrearsStart, reportDays);
  }

  /** TC-2b: the latest allowed deferral end: {@code maxDeferralDays} from the start (P-2), rolled (P-3). */
  public static Deadline latestDeferralEnd(Periods periods, LocalDate arrearsStart, ArrearsPolicy policy) {
    return periods.withinDays(arrearsStart, policy.maxDeferralDays());
  }

  /** EW-9 / P-6: {@code groupArrearsWorkers} or more workers is group arrears. */
  public static boolean isGroupArrears(int workersAffected, ArrearsPolicy policy) {
    return workersAffected >= policy.groupArrearsWorkers();
  }

  /** P-1/P-2: a deadline has passed once the business date is after its last day. */
  public static boolean hasPassed(LocalDate deadline, LocalDate today) {
    return today.isAfter(deadline);
  }

  /** The outcome of checking a report: the deferral end when valid, else every reason (TC-2a, TC-2b). */
  public record Check(LocalDate deferralEndDate, Deadline latestDeferralEnd, List<Violation> reasons) {
    public boolean valid() {
      return reasons.isEmpty();
    }
  }

  public static Check check(ReportInput report, LocalDate arrearsStart, LocalDate today, Periods periods,
      ArrearsPolicy policy) {
    List<Violation> reasons = new ArrayList<>();
    ReportInput.UnionConsent union = report.unionConsent();
    if (union == null) {
      reasons.add(new Violation("unionConsent", "TC-2a", "the union's consent is missing"));
    } else {
      required(union.union(), "unionConsent.union", "which union consented", reasons);
      required(union.person(), "unionConsent.person", "who consented for the union", reasons);
      consentDate(union.date(), "unionConsent.date", today, reasons);
    }
    ReportInput.WorkerConsent workers = report.workerRepresentativeConsent();
    if (workers == null) {
      reasons.add(new Violation("workerRepresentativeConsent", "TC-2a",
          "the worker representatives' consent is missing"));
    } else {
      required(workers.representatives(), "workerRepresentativeConsent.representatives",
          "who represented the workers", reasons);
      consentDate(workers.date(), "workerRepresentativeConsent.date", today, reasons);
    }
    required(report.procedure(), "procedure", "the procedure", reasons);
    required(report.responsiblePerson(), "responsiblePerson", "the person responsible", reasons);
    required(report.reliefMeasures(), "reliefMeasures", "the relief measures for the workers", reasons);

    Deadline latest = latestDeferralEnd(periods, arrearsStart, policy);
    LocalDate end = null;
    if (SubmissionValidator.blank(report.deferralEndDate())) {
      reasons.add(new Violation("deferralEndDate", "TC-2a", "the deferral period (its end date) is missing"));
    } else {
      end = parse(report.deferralEndDate());
      if (end == null) {
        reasons.add(new Violation("deferralEndDate", "TC-2a",
            "must be a real date yyyy-MM-dd; got \"" + report.deferralEndDate() + "\""));
      } else if (!end.isAfter(arrearsStart)) {
        reasons.add(new Violation("deferralEndDate", "TC-2b",
            "must be after the day the arrears started (" + arrearsStart + "); got " + end));
      } else if (end.isAfter(latest.date())) {
        reasons.add(new Violation("deferralEndDate", "TC-2b",
            "the deferral may not exceed " + policy.maxDeferralDays() + " days from the start " + arrearsStart
                + " (latest " + latest.date() + ", rules " + String.join("/", latest.ruleIds()) + "); got " + end));
      }
    }
    return new Check(reasons.isEmpty() ? end : null, latest, List.copyOf(reasons));
  }

  private static void required(String value, String field, String what, List<Violation> reasons) {
    if (SubmissionValidator.blank(value)) {
      reasons.add(new Violation(field, "TC-2a", what + " is missing"));
    }
  }

  private static void consentDate(String value, String field, LocalDate today, List<Violation> reasons) {
    if (SubmissionValidator.blank(value)) {
      reasons.add(new Violation(field, "TC-2a", "the date of consent is missing"));
      return;
    }
    LocalDate date = parse(value);
    if (date == null) {
      reasons.add(new Violation(field, "TC-2a", "must be a real date yyyy-MM-dd; got \"" + value + "\""));
    } else if (date.isAfter(today)) {
      reasons.add(new Violation(field, "TC-2a", "a consent cannot be dated after the report (" + today + "): " + date));
    }
  }

  private static LocalDate parse(String value) {
    try {
      return value.matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$") ? LocalDate.parse(value) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
