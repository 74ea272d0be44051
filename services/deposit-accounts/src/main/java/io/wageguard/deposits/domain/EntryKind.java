package io.wageguard.deposits.domain;

/** Ledger entry kinds, each with the sign of its amount and the rule that allows it. */
public enum EntryKind {
  DEPOSIT(1, "TC-4"), CONTRIBUTION(1, "HT-2"), TOP_UP(1, "TC-5"),
  DRAWDOWN(-1, "HT-4"), DIRECT_PAYOUT(-1, "HT-5"), INSOLVENCY_PAYOUT(-1, "TC-7"), REFUND(-1, "HT-6"),
  REVERSAL(0, "M-2");

  private final int sign;
  private final String rule;

  EntryKind(int sign, String rule) {
    this.sign = sign;
    this.rule = rule;
  }

  public int sign() { return sign; }
  public String rule() { return rule; }
  public boolean credit() { return sign > 0; }
  public boolean payout() { return this == DRAWDOWN || this == DIRECT_PAYOUT || this == INSOLVENCY_PAYOUT; }
}
