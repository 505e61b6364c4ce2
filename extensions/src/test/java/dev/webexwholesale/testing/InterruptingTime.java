package dev.webexwholesale.testing;

import dev.webexwholesale.client.Time;
import java.time.Duration;
import java.time.Instant;

/** A time whose every sleep is interrupted: how a test interrupts a call at its waits. */
public final class InterruptingTime implements Time {
  private final FakeTime clock = new FakeTime();

  @Override
  public long nanoTime() {
    return clock.nanoTime();
  }

  @Override
  public Instant now() {
    return clock.now();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    throw new InterruptedException("stop");
  }
}
