package io.wageguard.alerting.api;

import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.chassis.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the union directory. {@code covering} lists the entries whose jurisdictions include a code. */
@RestController
@RequestMapping("/api/unions")
public class UnionQueryController {

  private final MongoTemplate mongo;
  private final JurisdictionTree tree;

  public UnionQueryController(MongoTemplate mongo, JurisdictionTree tree) {
    this.mongo = mongo;
    this.tree = tree;
  }

  @GetMapping
  List<UnionView> list(@RequestParam(required = false) String kind,
      @RequestParam(required = false) String covering) {
    return mongo.findAll(UnionDocument.class).stream()
        .filter(u -> kind == null || kind.equals(u.kind))
        .filter(u -> covering == null || u.toDomain().covers(covering, tree))
        .sorted(Comparator.comparing(u -> u.id))
        .map(UnionView::of)
        .toList();
  }

  @GetMapping("/{id}")
  UnionView one(@PathVariable String id) {
    UnionDocument found = mongo.findById(id, UnionDocument.class);
    if (found == null) {
      throw new NotFoundException("no union " + id);
    }
    return UnionView.of(found);
  }
}
