package io.wageguard.alerting.api;

import io.wageguard.alerting.domain.JurisdictionTree;
import io.wageguard.alerting.persistence.UnionDocument;
import io.wageguard.chassis.security.Caller;
import io.wageguard.chassis.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the union directory (reference data: who receives which alerts). {@code covering} lists the entries whose
 * jurisdictions include a code. A webhook URL is shown only to callers that reach the entry.
 */
@RestController
@RequestMapping("/api/unions")
public class UnionQueryController {

  private final MongoTemplate mongo;
  private final JurisdictionTree tree;
  private final Reach reach;

  public UnionQueryController(MongoTemplate mongo, JurisdictionTree tree, Reach reach) {
    this.mongo = mongo;
    this.tree = tree;
    this.reach = reach;
  }

  @GetMapping
  List<UnionView> list(Caller caller, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String covering,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "500") @Min(1) @Max(AlertQueryController.MAX_PAGE_SIZE) int size) {
    Query query = kind == null ? new Query() : new Query(Criteria.where("kind").is(kind));
    return mongo.find(query.with(Sort.by("_id")), UnionDocument.class).stream()
        .filter(u -> covering == null || u.toDomain().covers(covering, tree))
        .skip((long) page * size)
        .limit(size)
        .map(u -> UnionView.of(u, reach.reaches(caller, u)))
        .toList();
  }

  @GetMapping("/{id}")
  UnionView one(Caller caller, @PathVariable String id) {
    UnionDocument found = mongo.findById(id, UnionDocument.class);
    if (found == null) {
      throw new NotFoundException("no union " + id);
    }
    return UnionView.of(found, reach.reaches(caller, found));
  }
}
