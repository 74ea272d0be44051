package io.wageguard.registry.adapter.kafka;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.EventIds;
import io.wageguard.registry.application.EnterpriseEvents;
import io.wageguard.registry.domain.EnterpriseEvent;
import io.wageguard.registry.domain.EnterpriseEvent.DesignationRecorded;
import io.wageguard.registry.domain.EnterpriseEvent.PayrollDeclared;
import io.wageguard.registry.domain.EnterpriseEvent.ProfileChanged;
import io.wageguard.registry.domain.EnterpriseEvent.RatingRecorded;
import io.wageguard.registry.domain.EnterpriseEvent.Registered;
import io.wageguard.registry.domain.EnterpriseEvent.StatusChanged;
import io.wageguard.registry.domain.Snapshot;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The CloudEvents of enterprise.events (contracts/schemas/enterprise.*.v1.schema.json). Every event carries the
 * enterprise's whole current profile and its version, so a consumer can keep its view from any one event. Ids are
 * name-based on (type, credit code, version): one change of the record gives one event id, however often it is sent.
 */
@Component
public class EnterpriseEventMapper implements EnterpriseEvents {

  public static final String REGISTERED = "wageguard.enterprise.registered.v1";
  public static final String PROFILE_CHANGED = "wageguard.enterprise.profile-changed.v1";
  public static final String PAYROLL_DECLARED = "wageguard.enterprise.payroll-declared.v1";
  public static final String RATING_RECORDED = "wageguard.enterprise.rating-recorded.v1";
  public static final String DESIGNATION_RECORDED = "wageguard.enterprise.designation-recorded.v1";
  public static final String STATUS_CHANGED = "wageguard.enterprise.status-changed.v1";

  private final CloudEventCodec codec = new CloudEventCodec(URI.create("/wageguard/enterprise-registry"));
  private final Clock clock;

  public EnterpriseEventMapper(Clock clock) {
    this.clock = clock;
  }

  @Override
  public List<CloudEvent> toCloudEvents(List<EnterpriseEvent> events) {
    return events.stream().map(this::toCloudEvent).toList();
  }

  public CloudEvent toCloudEvent(EnterpriseEvent event) {
    Map<String, Object> data = profile(event.snapshot());
    String type = switch (event) {
      case Registered r -> {
        data.put("effectiveDate", r.effectiveDate().toString());
        yield REGISTERED;
      }
      case ProfileChanged p -> {
        data.put("changed", p.changed());
        data.put("effectiveDate", p.effectiveDate().toString());
        yield PROFILE_CHANGED;
      }
      case PayrollDeclared p -> {
        data.put("kind", p.declaration().kind().name());
        data.put("period", p.declaration().period());
        data.put("totalWages", p.declaration().totalWages().toPlainString());
        data.put("effectiveDate", p.declaration().effectiveDate().toString());
        data.put("declaredAt", p.declaration().declaredAt().toString());
        yield PAYROLL_DECLARED;
      }
      case RatingRecorded r -> {
        data.put("year", r.rating().year());
        data.put("grade", r.rating().grade().name());
        data.put("effectiveDate", r.rating().effectiveDate().toString());
        data.put("recordedAt", r.rating().recordedAt().toString());
        yield RATING_RECORDED;
      }
      case DesignationRecorded d -> {
        data.put("year", d.designation().year());
        data.put("harmonious", d.designation().harmonious());
        data.put("effectiveDate", d.designation().effectiveDate().toString());
        data.put("recordedAt", d.designation().recordedAt().toString());
        yield DESIGNATION_RECORDED;
      }
      case StatusChanged s -> {
        data.put("previousStatus", s.previous().name());
        data.put("effectiveDate", s.effectiveDate().toString());
        yield STATUS_CHANGED;
      }
    };
    Snapshot snapshot = event.snapshot();
    String id = EventIds.nameBased(type, snapshot.creditCode(), Long.toString(snapshot.version()));
    return codec.create(id, type, snapshot.creditCode(), data, clock);
  }

  private static Map<String, Object> profile(Snapshot snapshot) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("creditCode", snapshot.creditCode());
    data.putAll(snapshot.profile().fields());
    data.values().removeIf(java.util.Objects::isNull);
    data.put("registeredAt", snapshot.registeredAt().toString());
    data.put("version", snapshot.version());
    return data;
  }
}
