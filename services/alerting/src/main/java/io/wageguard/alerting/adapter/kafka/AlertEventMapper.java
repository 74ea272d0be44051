package io.wageguard.alerting.adapter.kafka;

import io.wageguard.alerting.application.AlertEvents;
import io.wageguard.alerting.domain.Alert;
import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.EventIds;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The events alerting writes on {@code alerts} (contracts/schemas/alert.*.v1.schema.json). */
@Component
public class AlertEventMapper implements AlertEvents {

  public static final String RAISED = "wageguard.alert.raised.v1";
  public static final String ESCALATED = "wageguard.alert.escalated.v1";
  public static final String ACKNOWLEDGED = "wageguard.alert.acknowledged.v1";
  public static final String RESOLVED = "wageguard.alert.resolved.v1";

  private static final CloudEventCodec CODEC = new CloudEventCodec(URI.create("/wageguard/alerting"));

  private final Clock clock;

  public AlertEventMapper(Clock clock) {
    this.clock = clock;
  }

  @Override
  public CloudEvent raised(Alert alert) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("alertId", alert.id);
    data.put("signal", alert.signal);
    data.put("level", alert.level);
    data.put("baseLevel", alert.baseLevel);
    data.put("ruleIds", alert.ruleIds);
    data.put("creditCode", alert.creditCode);
    if (alert.enterpriseName != null) {
      data.put("enterpriseName", alert.enterpriseName);
    }
    data.put("jurisdiction", alert.jurisdiction);
    data.put("routedTo", routedTo(alert));
    data.put("facts", alert.facts);
    data.put("causedBy", Map.of("eventId", alert.causedByEventId, "type", alert.causedByType));
    if (alert.caseId != null) {
      data.put("caseId", alert.caseId);
    }
    data.put("raisedAt", alert.raisedAt.toString());
    data.put("policyVersion", alert.policyVersion);
    return CODEC.create(EventIds.nameBased(RAISED, alert.id), RAISED, alert.creditCode, data, clock);
  }

  @Override
  public CloudEvent escalated(Alert alert, String from, String reason, int step) {
    Map<String, Object> data = lifecycle(alert);
    data.put("previousLevel", from);
    data.put("reason", reason);
    data.put("routedTo", routedTo(alert));
    data.put("escalatedAt", clock.instant().toString());
    return CODEC.create(EventIds.nameBased(ESCALATED, alert.id, Integer.toString(step)), ESCALATED,
        alert.creditCode, data, clock);
  }

  @Override
  public CloudEvent followedUp(Alert alert, Alert.FollowUp followUp) {
    String type = Alert.RESOLVED.equals(alert.status) ? RESOLVED : ACKNOWLEDGED;
    Map<String, Object> data = lifecycle(alert);
    data.put("by", followUp.by());
    if (followUp.note() != null) {
      data.put("note", followUp.note());
    }
    data.put("at", followUp.at().toString());
    return CODEC.create(EventIds.nameBased(type, alert.id), type, alert.creditCode, data, clock);
  }

  private static Map<String, Object> lifecycle(Alert alert) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("alertId", alert.id);
    data.put("signal", alert.signal);
    data.put("level", alert.level);
    data.put("ruleIds", alert.ruleIds);
    data.put("creditCode", alert.creditCode);
    data.put("jurisdiction", alert.jurisdiction);
    data.put("status", alert.status);
    return data;
  }

  private static List<Map<String, String>> routedTo(Alert alert) {
    return alert.routedTo.stream()
        .map(r -> Map.of("unionId", r.unionId(), "name", r.name(), "role", r.role()))
        .toList();
  }
}
