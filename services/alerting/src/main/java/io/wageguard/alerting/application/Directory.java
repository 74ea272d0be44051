package io.wageguard.alerting.application;

import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.domain.Union;
import io.wageguard.alerting.domain.UnionKind;
import io.wageguard.chassis.rules.Conflict;
import io.wageguard.chassis.rules.NotFound;
import io.wageguard.chassis.rules.RuleBroken;
import io.wageguard.chassis.rules.Violation;
import io.wageguard.chassis.security.Caller;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Keeping and reading the union directory: the admin adds and replaces entries within its jurisdictions (an entry
 * naming another jurisdiction is refused as outside them); a union registers and removes its webhook; callers
 * covering a union read its deliveries and attempts. A webhook must be a public http(s) URL (see
 * {@link WebhookTargets}), whenever it is set.
 */
@Service
public class Directory {

  /** An entry as a caller may see it: a webhook URL is shown only to callers that reach the entry. */
  public record Seen(UnionDirectory.Entry entry, boolean reached) {}

  /** A new or replacing entry as the admin wrote it. */
  public record EntryRequest(String id, String name, String nameEn, String kind, List<String> jurisdictions,
      String creditCode, String department, List<String> jointMeetingOf, UnionDirectory.Webhook webhook) {}

  private final UnionDirectory directory;
  private final WebhookQueue queue;
  private final JurisdictionTree tree;
  private final Reach reach;
  private final WebhookTargets targets;

  public Directory(UnionDirectory directory, WebhookQueue queue, JurisdictionTree tree, Reach reach,
      WebhookTargets targets) {
    this.directory = directory;
    this.queue = queue;
    this.tree = tree;
    this.reach = reach;
    this.targets = targets;
  }

  /** {@code covering}: the entries whose jurisdictions include that code. */
  public List<Seen> list(Caller caller, String kind, String covering, int page, int size) {
    return directory.list(kind).stream()
        .filter(e -> covering == null || e.union().covers(covering, tree))
        .skip((long) page * size)
        .limit(size)
        .map(e -> new Seen(e, reach.reaches(caller, e)))
        .toList();
  }

  public Seen one(Caller caller, String id) {
    UnionDirectory.Entry found = directory.find(id).orElseThrow(() -> new NotFound("no union " + id));
    return new Seen(found, reach.reaches(caller, found));
  }

  public UnionDirectory.Entry create(Caller caller, EntryRequest request) {
    if (request.id() == null) {
      throw RuleBroken.of("id", "schema", "must be given");
    }
    check(request);
    reach.requireCovers(caller, request.jurisdictions());
    UnionDirectory.Entry entry = entry(request.id(), request, null);
    try {
      directory.insert(entry);
    } catch (DuplicateKeyException e) {
      throw new Conflict("union " + request.id() + " exists", "unions", request.id());
    }
    return directory.find(entry.id()).orElse(entry);
  }

  public UnionDirectory.Entry replace(Caller caller, String id, EntryRequest request) {
    if (request.id() != null && !request.id().equals(id)) {
      throw RuleBroken.of("id", "schema", "differs from the path");
    }
    UnionDirectory.Entry existing = reach.union(caller, id);
    check(request);
    reach.requireCovers(caller, request.jurisdictions());
    return directory.replace(entry(id, request, existing.version()));
  }

  private void check(EntryRequest request) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < request.jurisdictions().size(); i++) {
      if (!tree.isKnown(request.jurisdictions().get(i))) {
        violations.add(new Violation("jurisdictions[" + i + "]", "schema",
            "not a jurisdiction of contracts/reference/jurisdictions.json (or a town inside one)"));
      }
    }
    if ("ENTERPRISE_UNION".equals(request.kind()) && request.creditCode() == null) {
      violations.add(new Violation("creditCode", "schema", "an enterprise union names its enterprise"));
    }
    if (request.webhook() != null) {
      targets.refusal(request.webhook().url())
          .ifPresent(why -> violations.add(new Violation("webhook.url", "webhook-target", why)));
    }
    if (!violations.isEmpty()) {
      throw new RuleBroken(violations);
    }
  }

  private static UnionDirectory.Entry entry(String id, EntryRequest request, Long version) {
    Union union = new Union(id, request.name(), request.nameEn(), UnionKind.valueOf(request.kind()),
        new ArrayList<>(request.jurisdictions()), request.creditCode(), request.department(),
        request.jointMeetingOf() == null ? new ArrayList<>() : new ArrayList<>(request.jointMeetingOf()));
    return new UnionDirectory.Entry(union, request.webhook(), version);
  }

  /**
   * Registers (or replaces) a union's webhook; from then on every alert event routed to the union is POSTed to it,
   * signed with the secret. Pending deliveries use the current URL and secret at each attempt.
   */
  public UnionDirectory.Entry registerWebhook(Caller caller, String id, UnionDirectory.Webhook webhook) {
    UnionDirectory.Entry union = reach.union(caller, id);
    targets.refusal(webhook.url()).ifPresent(why -> {
      throw RuleBroken.of("url", "webhook-target", why);
    });
    return setWebhook(union.id(), webhook);
  }

  /** Removes the webhook; its pending deliveries are cancelled at their next attempt. */
  public void removeWebhook(Caller caller, String id) {
    setWebhook(reach.union(caller, id).id(), null);
  }

  private UnionDirectory.Entry setWebhook(String id, UnionDirectory.Webhook webhook) {
    return directory.setWebhook(id, webhook).orElseThrow(() -> new NotFound("no union " + id));
  }

  public List<WebhookQueue.Attempt> attempts(Caller caller, String id, String eventId, int page, int size) {
    reach.union(caller, id);
    return queue.attempts(id, eventId, page, size);
  }

  public List<WebhookQueue.Delivery> deliveries(Caller caller, String id, String status, int page, int size) {
    reach.union(caller, id);
    return queue.deliveries(id, status, page, size);
  }
}
