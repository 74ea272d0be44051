package io.wageguard.registry.domain;

/** DISSOLVED, BANKRUPT, CLOSED trigger the insolvency payout (TC-7); RELOCATED, DEREGISTERED allow a refund (HT-6c). */
public enum Status { ACTIVE, DISSOLVED, BANKRUPT, CLOSED, RELOCATED, DEREGISTERED }
