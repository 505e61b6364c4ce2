package dev.webexwholesale.client.waiter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the fake sleeper sleeps (or a test advances it); records sleeps. */
final class FakeTime implements WaitClock, WaitSleeper {

  private long now = 5_000_000_000L; // arbitrary origin: elapsed must not depend on it
  final List<Duration> sleeps = new ArrayList<>();

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now += duration.toNanos();
  }

  void advance(Duration d) {
    now += d.toNanos();
  }

  Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
