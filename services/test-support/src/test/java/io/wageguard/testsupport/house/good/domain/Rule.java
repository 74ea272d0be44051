package io.wageguard.testsupport.house.good.domain;

public record Rule(String id) {}
