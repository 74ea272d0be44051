package io.wageguard.deposits.domain;

/** Result of an obligation assessment. NO_POLICY: the jurisdiction has no deposit policy, so nothing is owed. */
public enum Outcome { REQUIRED, EXEMPT, NOT_REQUIRED, NO_POLICY }
