package dev.webexwholesale.testing;

import dev.webexwholesale.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One fake time line for tests: a {@link Clock} that moves only when advanced and a
 * {@link Sleeper} whose "sleep" records the duration and advances the clock, so backoff,
 * Retry-After and poll waits cost nothing and a sandbox sharing the clock sees time pass.
 */
public final class FakeTime extends Clock implements Sleeper {
  private static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private Instant now;

  public FakeTime() {
    this(DEFAULT_START);
  }

  public FakeTime(Instant start) {
    this.now = start;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration.isNegative() ? Duration.ZERO : duration);
  }

  /** Moves the clock without recording a sleep. */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Every sleep so far, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Sleeps recorded after the first {@code from}. */
  public List<Duration> sleepsSince(int from) {
    List<Duration> all = sleeps();
    return all.subList(Math.min(from, all.size()), all.size());
  }

  public int sleepCount() {
    return sleeps.size();
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
