package io.wageguard.chassis.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One write through the REST API: who (the token's subject, roles, jurisdictions it covers), when, what (method
 * and path) and how it ended (HTTP status). Refused writes are kept too: an auditor wants the attempts.
 *
 * <p>A change the service made to shared reference data by itself (the working-day calendar) is an entry too:
 * {@code method} {@code CHANGE}, the {@code action} (e.g. {@code calendar.year-added}) and a {@code detail}; it
 * names every jurisdiction, since it applies to all. Both fields are absent on request entries.
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
    String traceparent,
    String action,
    String detail) {}
