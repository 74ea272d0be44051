package io.wageguard.arrears.domain;

/** What the registry view knows of an enterprise (from enterprise.events). */
public record KnownEnterprise(String creditCode, String name, String jurisdiction, String status) {}
