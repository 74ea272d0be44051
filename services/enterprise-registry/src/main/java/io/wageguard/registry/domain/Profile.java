package io.wageguard.registry.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What the deposit (TC-3d, HT-1, HT-6) and routing rules read about an enterprise, at one time. */
public record Profile(String name, String legalRepresentative, String address, String jurisdiction, Sector sector,
    Premises premises, int headcount, boolean hasOwnUnion, Status status) {

  public Profile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(premises, "premises");
    Objects.requireNonNull(status, "status");
  }

  public Profile withStatus(Status newStatus) {
    return new Profile(name, legalRepresentative, address, jurisdiction, sector, premises, headcount, hasOwnUnion,
        newStatus);
  }

  /** Every field and its value (enums by name), in a stable order. */
  public Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("legalRepresentative", legalRepresentative);
    fields.put("address", address);
    fields.put("jurisdiction", jurisdiction);
    fields.put("sector", sector.name());
    fields.put("premises", premises.name());
    fields.put("headcount", headcount);
    fields.put("hasOwnUnion", hasOwnUnion);
    fields.put("status", status.name());
    return fields;
  }

  /** The fields whose value differs in {@code next}, with their new values, in a stable order. */
  public Map<String, Object> changesTo(Profile next) {
    Map<String, Object> before = fields();
    Map<String, Object> changed = new LinkedHashMap<>();
    next.fields().forEach((field, value) -> {
      if (!Objects.equals(before.get(field), value)) {
        changed.put(field, value);
      }
    });
    return changed;
  }
}
