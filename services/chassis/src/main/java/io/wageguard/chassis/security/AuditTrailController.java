package io.wageguard.chassis.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of this service, newest first: writes by callers whose jurisdictions overlap the reader's
 * (an auditor of Taicang sees what Taicang's bureau, union, banks and enterprises did, and what a Suzhou-wide
 * account did, which covers Taicang too).
 */
@RestController
class AuditTrailController {

  private final MongoTemplate mongo;

  AuditTrailController(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  record Page(int page, int size, List<AuditEntry> entries) {}

  @GetMapping(AuditTrail.PATH)
  Page trail(Caller caller,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
      @RequestParam(required = false) String actor,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
    Criteria criteria = Criteria.where("jurisdictions").in(caller.jurisdictions());
    if (from != null || to != null) {
      Criteria at = Criteria.where("at");
      if (from != null) {
        at = at.gte(from);
      }
      if (to != null) {
        at = at.lt(to);
      }
      criteria = new Criteria().andOperator(criteria, at);
    }
    Query query = new Query(criteria);
    if (actor != null) {
      query.addCriteria(Criteria.where("actor").is(actor));
    }
    query.with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size).limit(size);
    return new Page(page, size, mongo.find(query, AuditEntry.class));
  }
}
