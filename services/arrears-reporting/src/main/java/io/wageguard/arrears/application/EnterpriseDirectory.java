package io.wageguard.arrears.application;

import io.wageguard.arrears.domain.KnownEnterprise;
import java.util.Optional;

/** This service's view of the registry's enterprises (a port; kept in MongoDB from enterprise.events). */
public interface EnterpriseDirectory {

  Optional<KnownEnterprise> find(String creditCode);

  /** @return true if applied, false if the view already holds this registry version or a newer one */
  boolean apply(String creditCode, long registryVersion, String name, String jurisdiction, String status);
}
