package io.wageguard.deposits.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The deadlines of a deposit (TC-4 deposit, TC-5 top-up, HT-3 account, HT-2 monthly contributions): each is open
 * until met or cancelled, and missed once when its date passes (EW-7).
 */
final class Deadlines {

  private final List<DueItem> items;

  Deadlines() {
    this(List.of());
  }

  Deadlines(List<DueItem> items) {
    this.items = new ArrayList<>(items == null ? List.of() : items);
  }

  List<DueItem> items() {
    return List.copyOf(items);
  }

  /** A new deadline; its id is name-based on the enterprise and its place in the list. */
  void add(String creditCode, String obligation, LocalDate createdOn, LocalDate due, BigDecimal amount, String month,
      List<String> ruleIds) {
    String id = UUID.nameUUIDFromBytes((creditCode + "\u001fdue\u001f" + (items.size() + 1)).getBytes(
        StandardCharsets.UTF_8)).toString();
    items.add(new DueItem(id, obligation, createdOn, due, amount, month, ruleIds, null, null, null, null));
  }

  /** The last deadline added is met at once (a month that owes nothing). */
  void meetLast(LocalDate on) {
    items.set(items.size() - 1, items.getLast().met(on));
  }

  void cancelOpen(LocalDate on) {
    items.replaceAll(d -> d.open() ? d.cancelled(on) : d);
  }

  void meetOpen(String obligation, LocalDate on) {
    items.replaceAll(d -> d.open() && d.obligation().equals(obligation) ? d.met(on) : d);
  }

  /** Brings every open deadline up to date. */
  void updateOpen(UnaryOperator<DueItem> update) {
    items.replaceAll(d -> d.open() ? update.apply(d) : d);
  }

  boolean anyOpen(String obligation) {
    return items.stream().anyMatch(d -> d.open() && d.obligation().equals(obligation));
  }

  boolean anyWatched(String obligation) {
    return items.stream().anyMatch(d -> d.obligation().equals(obligation) && d.open() && d.missedOn() == null);
  }

  Optional<YearMonth> lastMonth(String obligation) {
    return items.stream().filter(d -> d.obligation().equals(obligation)).map(d -> YearMonth.parse(d.month()))
        .max(Comparator.naturalOrder());
  }

  /**
   * EW-7: the earliest open deadline that passed before today is missed; missCount counts the misses of its
   * obligation. Empty when none is late.
   */
  Optional<DueItem> missNextLate(LocalDate today) {
    Optional<DueItem> late = items.stream()
        .filter(d -> d.open() && d.missedOn() == null && d.dueDate().isBefore(today))
        .min(Comparator.comparing(DueItem::dueDate));
    if (late.isEmpty()) {
      return Optional.empty();
    }
    DueItem item = late.get();
    int count = (int) items.stream().filter(d -> d.obligation().equals(item.obligation()) && d.missedOn() != null)
        .count() + 1;
    DueItem missed = item.missed(today, count);
    items.set(items.indexOf(item), missed);
    return Optional.of(missed);
  }

  /** The earliest due date still to be watched (indexed, so the sweep costs what is due). */
  LocalDate nextDueDate() {
    return items.stream().filter(d -> d.open() && d.missedOn() == null).map(DueItem::dueDate)
        .min(Comparator.naturalOrder()).orElse(null);
  }

  List<DueItem> missedAsOf(LocalDate date) {
    return items.stream().filter(d -> d.missedAsOf(date)).toList();
  }

  DueItem nextAsOf(LocalDate date) {
    return items.stream().filter(d -> d.pendingOn(date)).min(Comparator.comparing(DueItem::dueDate)).orElse(null);
  }

  boolean anyOverdueOn(LocalDate date) {
    return items.stream().anyMatch(d -> d.overdueOn(date));
  }
}
