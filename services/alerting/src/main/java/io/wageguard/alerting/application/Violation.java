package io.wageguard.alerting.application;

/** One broken rule of a request: the field, the rule id ("schema", "EW-routing", …) and a message to act on. */
public record Violation(String field, String rule, String message) {}
