package io.wageguard.alerting.domain;

/** One recipient of an alert: a union, a labour bureau or a joint-meeting member, and why. */
public record Recipient(String unionId, String name, RecipientRole role) {}
