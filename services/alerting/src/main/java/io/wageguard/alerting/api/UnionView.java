package io.wageguard.alerting.api;

import io.wageguard.alerting.persistence.UnionDocument;
import java.util.List;

/** A directory entry as read over REST; a webhook's secret is never shown. */
public record UnionView(String id, String name, String nameEn, String kind, List<String> jurisdictions,
    String creditCode, String department, List<String> jointMeetingOf, String webhookUrl, Long version) {

  static UnionView of(UnionDocument d) {
    return of(d, true);
  }

  /** @param showWebhook whether the reader reaches the entry; a webhook URL is the union's own business */
  static UnionView of(UnionDocument d, boolean showWebhook) {
    return new UnionView(d.id, d.name, d.nameEn, d.kind, d.jurisdictions, d.creditCode, d.department,
        d.jointMeetingOf, d.webhook == null || !showWebhook ? null : d.webhook.url, d.version);
  }
}
