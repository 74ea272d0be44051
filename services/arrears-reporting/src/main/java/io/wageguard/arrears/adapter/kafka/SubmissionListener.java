package io.wageguard.arrears.adapter.kafka;

import io.wageguard.arrears.application.CaseService;
import io.wageguard.arrears.application.Rejections;
import io.wageguard.arrears.domain.SubmissionInput;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * arrears.submissions: each readable submission opens a case or is answered with submission-rejected naming
 * every broken field (JSON Pointers into the event). The event id is the submission id, so a resend changes
 * nothing. Unreadable records never get here: the chassis dead-letters them.
 */
@Component
public class SubmissionListener {

  private static final Logger log = LoggerFactory.getLogger(SubmissionListener.class);
  private final CaseService cases;
  private final Rejections rejections;

  public SubmissionListener(CaseService cases, Rejections rejections) {
    this.cases = cases;
    this.rejections = rejections;
  }

  @KafkaListener(topics = "arrears.submissions")
  void on(CloudEvent event, @Header(name = KafkaHeaders.RECEIVED_KEY, required = false) String key) {
    if (!ArrearsEvents.SUBMISSION.equals(event.type())) {
      log.info("skipping {} on arrears.submissions: not a submission", event.type());
      return;
    }
    List<Violation> shape = new ArrayList<>();
    SubmissionInput input = read(event, shape);
    String creditCode = input == null ? null : input.creditCode();
    if (input != null && creditCode != null && event.subject() != null && !event.subject().equals(creditCode)) {
      shape.add(new Violation("/subject", "schema", "must be the credit code of data.creditCode (" + creditCode
          + "); got \"" + event.subject() + "\""));
    }
    // A resent submission changes nothing: open() answers the case it opened before, and a rejection is only
    // sent for an id that opened no case.
    if (input == null) {
      if (!cases.exists(event.id())) {
        rejections.reject(event.id(), key, null, shape);
      }
      return;
    }
    String subject = creditCode != null ? creditCode : key;
    if (!shape.isEmpty()) {
      // Shape errors: never open a case; report them with whatever else the rules find.
      if (!cases.exists(event.id())) {
        rejections.reject(event.id(), subject, creditCode, merge(shape, cases.validate(event.id(), input)));
      }
      return;
    }
    CaseService.Opening opening = cases.open(event.id(), input);
    if (opening.rejected()) {
      rejections.reject(event.id(), subject, creditCode, merge(shape, opening.violations()));
    }
  }

  /** Shape violations first; a rule violation of a field already named is left out. */
  private static List<Violation> merge(List<Violation> shape, List<Violation> rules) {
    List<Violation> all = new ArrayList<>(shape);
    for (Violation v : rules) {
      String pointer = "/data/" + v.field().replace('.', '/');
      if (shape.stream().noneMatch(s -> s.field().equals(pointer))) {
        all.add(new Violation(pointer, v.rule(), v.message()));
      }
    }
    return all;
  }

  /** Reads the data field by field; a field of the wrong JSON type is a schema violation, not a crash. */
  static SubmissionInput read(CloudEvent event, List<Violation> found) {
    JsonNode data = event.data();
    if (data == null || !data.isObject()) {
      found.add(new Violation("/data", "schema", "must be an object with the submission's facts"));
      return null;
    }
    List<String> months = null;
    JsonNode wageMonths = data.get("wageMonths");
    if (wageMonths != null && !wageMonths.isNull()) {
      if (wageMonths.isArray()) {
        months = new ArrayList<>();
        for (JsonNode m : wageMonths.values()) {
          months.add(m.isString() ? m.asString() : m.toString());
        }
      } else {
        found.add(new Violation("/data/wageMonths", "schema", "must be an array of months yyyy-MM"));
        months = List.of();
      }
    }
    Integer workers = null;
    JsonNode w = data.get("workersAffected");
    if (w != null && !w.isNull()) {
      if (w.isIntegralNumber() && w.canConvertToInt()) {
        workers = w.intValue();
      } else {
        found.add(new Violation("/data/workersAffected", "schema", "must be a whole number; got " + w));
        workers = 1;
      }
    }
    String amount = text(data, "amountOwed", found);
    return new SubmissionInput(text(data, "creditCode", found), text(data, "arrearsStartDate", found), months,
        amount, workers, text(data, "reporterRole", found), text(data, "reporter", found),
        text(data, "reference", found), text(data, "jurisdiction", found));
  }

  private static String text(JsonNode data, String field, List<Violation> found) {
    JsonNode value = data.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      return value.asString();
    }
    found.add(new Violation("/data/" + field, "amountOwed".equals(field) ? "M-1" : "schema",
        "must be a string" + ("amountOwed".equals(field) ? " with two decimals, e.g. \"56400.00\"" : "")
            + "; got " + value));
    // Keep validating the rest: a placeholder that passes the field's own checks does not hide other errors.
    return "amountOwed".equals(field) ? "1.00" : value.toString();
  }
}
