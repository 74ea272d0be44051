package io.wageguard.deposits.domain;

/** One broken rule of a request: the field, the rule id (TC-4, HT-5, …) and a message to act on. */
public record Violation(String field, String rule, String message) {}
