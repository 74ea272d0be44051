package io.wageguard.testsupport.house.bad.domain;

import tools.jackson.databind.JsonNode;

/** Breaks purity: Jackson in the domain. */
public record Rule(String id, JsonNode facts) {}
