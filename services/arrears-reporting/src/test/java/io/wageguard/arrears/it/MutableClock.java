package io.wageguard.arrears.it;

import io.wageguard.chassis.time.Periods;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves: time stands still until the test sets it. */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;

  public MutableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** Sets the time to 10:00 Asia/Shanghai on the given business date. */
  public void setBusinessDate(String date) {
    now.set(ZonedDateTime.of(java.time.LocalDate.parse(date), java.time.LocalTime.of(10, 0), Periods.SHANGHAI)
        .toInstant());
  }

  @Override
  public ZoneId getZone() {
    return Periods.SHANGHAI;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
