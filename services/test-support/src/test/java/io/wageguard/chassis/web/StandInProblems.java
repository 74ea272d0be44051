package io.wageguard.chassis.web;

/** A stand-in in the chassis' web package, for HouseRulesTest only (see chassis.rules.StandInRefusal). */
public final class StandInProblems {
  private StandInProblems() {}

  public static String type(String name) {
    return "https://wageguard.io/problems/" + name;
  }
}
