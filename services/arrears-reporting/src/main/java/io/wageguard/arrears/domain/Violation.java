package io.wageguard.arrears.domain;

/**
 * One broken rule in a request or submission: the field, the rule id (TC-2a, or "schema" for a shape error) and a
 * message a person can act on. The REST adapter answers them as the problem's {@code violations}, and rejection
 * events carry them, in this very shape.
 */
public record Violation(String field, String rule, String message) {}
