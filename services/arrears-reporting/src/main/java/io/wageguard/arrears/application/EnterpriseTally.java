package io.wageguard.arrears.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Per enterprise: the wage months in arrears (TC-3c, HT-4), whether the threshold is currently reached, and the
 * cases already counted. {@code version} is null for an enterprise not stored yet.
 */
public class EnterpriseTally {

  public String creditCode;
  public Long version;
  public String jurisdiction;
  public List<String> wageMonths = new ArrayList<>();
  public boolean thresholdReached;
  public int monthsInRow;
  public int monthsInTotal;
  public List<String> countedCases = new ArrayList<>();
}
