package io.wageguard.testsupport.house.bad.domain;

import io.wageguard.chassis.web.StandInProblems;

/** Breaks purity: the chassis' web part in the domain. */
public record Verdict(String type) {
  public static Verdict of(String name) {
    return new Verdict(StandInProblems.type(name));
  }
}
