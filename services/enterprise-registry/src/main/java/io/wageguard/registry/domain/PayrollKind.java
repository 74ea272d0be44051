package io.wageguard.registry.domain;

/** ANNUAL: a year's total wages, period "2025" (TC-4, HT-2 cap). MONTHLY: a month's, period "2026-03" (HT-2). */
public enum PayrollKind { ANNUAL, MONTHLY }
