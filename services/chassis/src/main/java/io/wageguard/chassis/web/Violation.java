package io.wageguard.chassis.web;

/**
 * One broken rule in a request or submission: the field, the rule id (TC-2a, or "schema" for a shape
 * error) and a message a person can act on. The same shape on REST problems and rejection events.
 */
public record Violation(String field, String rule, String message) {}
