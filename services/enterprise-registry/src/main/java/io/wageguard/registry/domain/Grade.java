package io.wageguard.registry.domain;

/** Labour-security integrity grade from the labour bureau; A exempts (TC-6), A twice in a row refunds (HT-6b). */
public enum Grade { A, B, C, D }
