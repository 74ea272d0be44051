package io.wageguard.alerting.domain;

/** The early-warning signals of RULES.md (EW-9 is a raise, not a signal of its own). */
public enum Signal {
  EW_1, EW_2, EW_3, EW_4, EW_5, EW_6, EW_7, EW_8;

  public static final String GROUP_ARREARS_RAISE = "EW-9";

  public String id() {
    return name().replace('_', '-');
  }

  public static Signal of(String id) {
    return valueOf(id.replace('-', '_'));
  }
}
