package io.wageguard.registry.domain;

/** PRODUCTION (HT-1a), SERVICE and CATERING (HT-1b), CONSTRUCTION, OTHER. */
public enum Sector { PRODUCTION, SERVICE, CATERING, CONSTRUCTION, OTHER }
