package io.wageguard.alerting.application;

import org.springframework.stereotype.Service;

/**
 * Keeps alerting's enterprise view (name, jurisdiction, own union) from enterprise.events. Each event carries the
 * snapshot and its version: an older or redelivered version changes nothing.
 */
@Service
public class KnownEnterprises {

  private final EnterpriseViews views;

  public KnownEnterprises(EnterpriseViews views) {
    this.views = views;
  }

  public void keep(EnterpriseViews.Change change) {
    views.keep(change);
  }
}
