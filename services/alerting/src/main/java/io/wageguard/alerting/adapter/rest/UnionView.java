package io.wageguard.alerting.adapter.rest;

import io.wageguard.alerting.application.UnionDirectory;
import io.wageguard.alerting.domain.Union;
import java.util.List;

/** A directory entry as read over REST; a webhook's secret is never shown. */
public record UnionView(String id, String name, String nameEn, String kind, List<String> jurisdictions,
    String creditCode, String department, List<String> jointMeetingOf, String webhookUrl, Long version) {

  static UnionView of(UnionDirectory.Entry entry) {
    return of(entry, true);
  }

  /** @param showWebhook whether the reader reaches the entry; a webhook URL is the union's own business */
  static UnionView of(UnionDirectory.Entry entry, boolean showWebhook) {
    Union u = entry.union();
    return new UnionView(u.id(), u.name(), u.nameEn(), u.kind().name(), u.jurisdictions(), u.creditCode(),
        u.department(), u.jointMeetingOf(), entry.webhook() == null || !showWebhook ? null : entry.webhook().url(),
        entry.version());
  }
}
