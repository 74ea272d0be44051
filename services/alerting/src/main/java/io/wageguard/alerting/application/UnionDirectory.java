package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.Routing;
import io.wageguard.alerting.domain.Union;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/**
 * The union directory (a port; the MongoDB adapter keeps it): unions, labour bureaus and joint-meeting departments,
 * and the webhook each may have. A few dozen entries that every alert needs.
 */
public interface UnionDirectory {

  /** A union's webhook: where its alerts are POSTed, and the secret they are signed with. */
  record Webhook(String url, String secret) {}

  /** A directory entry with its webhook (or null) and its version. */
  record Entry(Union union, Webhook webhook, Long version) {
    public String id() {
      return union.id();
    }
  }

  /** Every entry, perhaps as read a moment ago. */
  List<Entry> all();

  Routing routing();

  Optional<Entry> find(String id);

  /** The entries of a kind (all when null), by id. */
  List<Entry> list(String kind);

  void insert(Entry entry) throws DuplicateKeyException;

  /** Replaces the entry (fails if it changed since read at its version); the saved entry with its new version. */
  Entry replace(Entry entry);

  /** Sets (or with null removes) the union's webhook; empty if there is no such union. */
  Optional<Entry> setWebhook(String id, Webhook webhook);
}
