package dev.webexwholesale.client.waiter;

import dev.webexwholesale.client.internal.retry.ExponentialBackoff;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/** The delay before the next poll: the client's backoff, or a longer honoured Retry-After. */
final class Backoff {

  private final WaiterConfig config;
  private final DoubleSupplier random;

  Backoff(WaiterConfig config, DoubleSupplier random) {
    this.config = config;
    this.random = random;
  }

  /** Delay after the given attempt (1 = after the first poll). */
  Duration delayAfter(int attempt, Optional<Duration> retryAfter) {
    Duration backoff = ExponentialBackoff.delay(config.initialInterval(), config.backoffFactor(),
        config.maxInterval(), config.jitter(), attempt, random.getAsDouble());
    if (config.honorRetryAfter() && retryAfter.isPresent() && retryAfter.get().compareTo(backoff) > 0) {
      return retryAfter.get();
    }
    return backoff;
  }
}
