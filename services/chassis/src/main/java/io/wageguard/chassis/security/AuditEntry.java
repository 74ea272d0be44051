package io.wageguard.chassis.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One write through the REST API: who (the token's subject, roles, jurisdictions it covers), when, what (method
 * and path) and how it ended (HTTP status). Refused writes are kept too: an auditor wants the attempts.
 */
@Document("audit_trail")
public record AuditEntry(
    @Id String id,
    @Indexed Instant at,
    @Indexed String actor,
    List<String> roles,
    @Indexed List<String> jurisdictions,
    String creditCode,
    String method,
    String path,
    int status,
    String traceparent) {}
