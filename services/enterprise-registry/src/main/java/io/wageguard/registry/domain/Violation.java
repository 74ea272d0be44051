package io.wageguard.registry.domain;

/**
 * One broken rule of a command: the field, the rule id (P-1, M-1, or "schema" for a shape error) and a message a
 * person can act on. The REST adapter answers them as the problem's {@code violations}, in this very shape.
 */
public record Violation(String field, String rule, String message) {}
