package dev.webexwholesale.e2e;

import dev.webexwholesale.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One fake time line shared by the client (clock and sleeper) and the sandbox (clock): a
 * "sleep" records its duration and moves the clock on, so backoff and Retry-After waits cost
 * nothing and the sandbox's rate limiter sees the time pass.
 */
final class FakeTime extends Clock implements Sleeper {
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    nanos.addAndGet(Math.max(0, duration.toNanos()));
  }

  /** Every sleep so far, in order. */
  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Sleeps recorded after the first {@code from}. */
  List<Duration> sleepsSince(int from) {
    List<Duration> all = sleeps();
    return all.subList(Math.min(from, all.size()), all.size());
  }

  int sleepCount() {
    return sleeps.size();
  }

  @Override
  public Instant instant() {
    return START.plusNanos(nanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("fixed to UTC");
  }
}
