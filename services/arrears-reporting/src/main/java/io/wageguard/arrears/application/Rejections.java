package io.wageguard.arrears.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.events.EventIds;
import io.wageguard.chassis.rules.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Keeps a rejected submission with its reasons and answers it with submission-rejected, once per submission id. */
@Component
public class Rejections {

  private final RejectionRecords records;
  private final CaseEvents events;
  private final Clock clock;
  private final MeterRegistry meters;

  public Rejections(RejectionRecords records, CaseEvents events, Clock clock, MeterRegistry meters) {
    this.records = records;
    this.events = events;
    this.clock = clock;
    this.meters = meters;
  }

  public void reject(String submissionId, String subject, String creditCode, List<Violation> reasons) {
    Instant now = clock.instant();
    Rejection rejection = new Rejection(EventIds.nameBased("wageguard.arrears.rejection", submissionId), submissionId,
        creditCode, reasons, now);
    if (!records.insertIfAbsent(rejection,
        events.submissionRejected(submissionId, subject, creditCode, reasons, now))) {
      return; // rejected before
    }
    reasons.stream().map(Violation::rule).distinct().forEach(rule ->
        meters.counter("wageguard.arrears.submissions.rejected", "rule", rule).increment());
  }
}
