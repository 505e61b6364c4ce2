package dev.webexwholesale.client;

import java.time.Duration;

/** Waits between attempts; tests inject a recording fake so no test sleeps for real. */
@FunctionalInterface
public interface Sleeper {
  /** Thread.sleep. */
  Sleeper SYSTEM = d -> {
    if (!d.isNegative() && !d.isZero()) {
      Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }
  };

  void sleep(Duration duration) throws InterruptedException;
}
