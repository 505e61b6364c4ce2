package dev.webexwholesale.client.waiter;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/** The delay before the next poll: jittered capped exponential backoff, or a longer Retry-After. */
final class Backoff {

  private final WaiterConfig config;
  private final DoubleSupplier random;

  Backoff(WaiterConfig config, DoubleSupplier random) {
    this.config = config;
    this.random = random;
  }

  /** Delay after the given attempt (1 = after the first poll). */
  Duration delayAfter(int attempt, Optional<Duration> retryAfter) {
    Duration backoff = jittered(attempt);
    if (config.honorRetryAfter() && retryAfter.isPresent() && retryAfter.get().compareTo(backoff) > 0) {
      return retryAfter.get();
    }
    return backoff;
  }

  private Duration jittered(int attempt) {
    double cap = config.maxInterval().toNanos();
    // Exponent grows without bound for long waits: clamp before it overflows to infinity.
    double base = Math.min(config.initialInterval().toNanos() * Math.pow(config.backoffFactor(), attempt - 1), cap);
    double r = random.getAsDouble();
    if (!(r >= 0.0 && r <= 1.0)) {
      throw new IllegalStateException("random source must give values in [0, 1], got " + r);
    }
    double spread = base * (1.0 + config.jitter() * (2.0 * r - 1.0));
    return Duration.ofNanos(Math.round(Math.min(spread, cap)));
  }
}
