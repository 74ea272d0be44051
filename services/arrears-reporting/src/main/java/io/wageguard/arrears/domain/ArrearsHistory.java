package io.wageguard.arrears.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * TC-3c / HT-4: an enterprise's months in arrears within the last {@code windowMonths} months, in a row and
 * in total. The threshold is reached at {@code monthsInRow} in a row or {@code monthsInTotal} in total (P-6:
 * "two months or more" includes two).
 */
public final class ArrearsHistory {

  private ArrearsHistory() {}

  public record Count(int monthsInRow, int monthsInTotal, List<YearMonth> monthsInWindow) {}

  /** The months of {@code months} that lie in the window ending with the month of {@code asOf}. */
  public static Count count(Collection<YearMonth> months, LocalDate asOf, ArrearsPolicy policy) {
    YearMonth last = YearMonth.from(asOf);
    YearMonth first = last.minusMonths(policy.windowMonths() - 1L);
    TreeSet<YearMonth> inWindow = new TreeSet<>();
    for (YearMonth m : months) {
      if (!m.isBefore(first) && !m.isAfter(last)) {
        inWindow.add(m);
      }
    }
    int longest = 0;
    int run = 0;
    YearMonth previous = null;
    for (YearMonth m : inWindow) {
      run = previous != null && previous.plusMonths(1).equals(m) ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = m;
    }
    return new Count(longest, inWindow.size(), List.copyOf(inWindow));
  }

  public static boolean reached(Count count, ArrearsPolicy policy) {
    return count.monthsInRow() >= policy.monthsInRow() || count.monthsInTotal() >= policy.monthsInTotal();
  }

  /** A crossing: the threshold is reached now and was not before (emitted once per crossing). */
  public static boolean crossed(boolean reachedBefore, Count now, ArrearsPolicy policy) {
    return !reachedBefore && reached(now, policy);
  }
}
