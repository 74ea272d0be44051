package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.EnterpriseView;
import java.util.Optional;

/** Alerting's own view of the enterprises, kept from enterprise.events (a port; the MongoDB adapter keeps it). */
public interface EnterpriseViews {

  /** What an enterprise event says; fields absent from its type stay null. */
  record Change(String creditCode, String name, String jurisdiction, String town, Boolean hasOwnUnion,
      String status, long version) {}

  Optional<EnterpriseView> find(String creditCode);

  /** Applies the change unless the view is at its version or newer already (a redelivery changes nothing). */
  void keep(Change change);
}
