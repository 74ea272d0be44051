package io.wageguard.alerting.domain;

/** Four-colour convention: BLUE (IV) < YELLOW (III) < ORANGE (II) < RED (I). */
public enum AlertLevel {
  BLUE, YELLOW, ORANGE, RED;

  /** One level up, RED stays RED (EW-9, escalation). */
  public AlertLevel raised() {
    return this == RED ? RED : values()[ordinal() + 1];
  }

  public boolean isHighest() {
    return this == RED;
  }
}
