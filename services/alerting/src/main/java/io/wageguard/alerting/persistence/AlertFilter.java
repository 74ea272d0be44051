package io.wageguard.alerting.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Filters of the alert queries. {@code jurisdictions} is the requested code and everything inside it;
 * {@code rule} matches the signal (EW-2) or any rule id the alert cites (TC-2).
 */
public record AlertFilter(Collection<String> jurisdictions, String level, String rule, String status,
    String creditCode, String unionId, Instant from, Instant until) {

  public Query toQuery() {
    List<Criteria> all = new ArrayList<>();
    if (jurisdictions != null) {
      all.add(Criteria.where("jurisdiction").in(jurisdictions));
    }
    if (level != null) {
      all.add(Criteria.where("level").is(level));
    }
    if (rule != null) {
      all.add(new Criteria().orOperator(Criteria.where("signal").is(rule), Criteria.where("ruleIds").is(rule)));
    }
    if (status != null) {
      all.add(Criteria.where("status").is(status));
    }
    if (creditCode != null) {
      all.add(Criteria.where("creditCode").is(creditCode));
    }
    if (unionId != null) {
      all.add(Criteria.where("recipientIds").is(unionId));
    }
    if (from != null || until != null) {
      Criteria raised = Criteria.where("raisedAt");
      if (from != null) {
        raised = raised.gte(from);
      }
      if (until != null) {
        raised = raised.lt(until);
      }
      all.add(raised);
    }
    Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
    return query.with(Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.asc("_id")));
  }
}
