package io.wageguard.arrears.application;

import io.wageguard.arrears.domain.ArrearsCase;
import io.wageguard.arrears.domain.ArrearsHistory;
import io.wageguard.arrears.domain.CaseFact;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The CloudEvents of {@code arrears.events} (a port; the Kafka adapter knows the topic's contract). The use cases
 * store them with the state they belong to, in one write; the relay publishes them.
 */
public interface CaseEvents {

  /** What the domain decided about a case, as its event (ids name-based on the facts). */
  CloudEvent of(ArrearsCase c, CaseFact fact);

  CloudEvent thresholdReached(String creditCode, String jurisdiction, ArrearsHistory.Count count, LocalDate asOf,
      String policyVersion);

  /** @param subject the submitted credit code, or the record key when the code could not be read */
  CloudEvent submissionRejected(String submissionId, String subject, String creditCode, List<Violation> reasons,
      Instant receivedAt);
}
