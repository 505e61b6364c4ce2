package dev.webexwholesale.testing;

import dev.webexwholesale.client.Time;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One fake time line for tests: the client's {@link Time} and a {@link Clock} (for the sandbox)
 * that move only when advanced. A "sleep" records the duration and advances the time line, so
 * backoff, Retry-After and poll waits cost nothing and a sandbox sharing the clock sees time pass.
 * A scheduled task likewise records its delay, advances, and runs at once.
 */
public final class FakeTime extends Clock implements Time {
  private static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Instant start;
  private Instant now;

  public FakeTime() {
    this(DEFAULT_START);
  }

  public FakeTime(Instant start) {
    this.start = start;
    this.now = start;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration.isNegative() ? Duration.ZERO : duration);
  }

  @Override
  public ScheduledFuture<?> schedule(ScheduledExecutorService executor, Runnable task, Duration delay) {
    if (!delay.isZero()) {
      sleep(delay);
    }
    return executor.schedule(task, 0, TimeUnit.NANOSECONDS);
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

  /** The sum of all sleeps. */
  public Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  /** Forgets the recorded sleeps (the time line keeps its position). */
  public void clearSleeps() {
    sleeps.clear();
  }

  @Override
  public synchronized long nanoTime() {
    // An origin far from zero: elapsed times must never depend on it.
    return 5_000_000_000L + Duration.between(start, now).toNanos();
  }

  @Override
  public synchronized Instant now() {
    return now;
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
