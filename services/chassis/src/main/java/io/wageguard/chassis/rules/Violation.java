package io.wageguard.chassis.rules;

/**
 * One broken rule in a request or submission: the field, the rule id (TC-2a, HT-5, P-1, or "schema" for a shape
 * error) and a message a person can act on. The same shape in a REST problem's {@code violations} and in a rejection
 * event's reasons.
 */
public record Violation(String field, String rule, String message) {}
