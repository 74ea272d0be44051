package io.wageguard.registry.domain;

/** LEASED premises make a deposit due (TC-3d, HT-1a); moving to OWNED allows a refund (HT-6a). */
public enum Premises { LEASED, OWNED }
