package dev.webexwholesale.client.waiter;

import java.time.Duration;

/**
 * Sleeps between polls. Same shape as the client layer's {@code Sleeper}, so it adapts with a
 * method reference ({@code sleeper::sleep}); tests pass a fake that advances a fake clock.
 */
@FunctionalInterface
public interface WaitSleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** Real sleeping with {@link Thread#sleep(long, int)}. */
  static WaitSleeper system() {
    return d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
  }
}
