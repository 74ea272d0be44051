package io.wageguard.alerting.domain;

/** What alerting keeps of an enterprise for routing (from enterprise.events). {@code town} may be null. */
public record EnterpriseView(String creditCode, String name, String jurisdiction, String town, boolean hasOwnUnion) {}
