package dev.webexwholesale.client.internal.retry;

import java.time.Duration;

/** The one backoff formula of the client, shared by call retries and waits between polls. */
public final class ExponentialBackoff {
  private ExponentialBackoff() {
  }

  /**
   * {@code min(initial * factor^(n-1), max)} spread by ±jitter of itself and kept within
   * {@code max}; {@code n} counts from 1. Never overflows: the exponent is clamped in doubles.
   *
   * @param random a value in [0, 1]
   */
  public static Duration delay(Duration initial, double factor, Duration max, double jitter, int n, double random) {
    if (!(random >= 0.0 && random <= 1.0)) {
      throw new IllegalStateException("random source must give values in [0, 1], got " + random);
    }
    double cap = max.toNanos();
    double base = Math.min(initial.toNanos() * Math.pow(factor, Math.max(0, n - 1)), cap);
    double spread = base * (1.0 + jitter * (2.0 * random - 1.0));
    return Duration.ofNanos(Math.round(Math.min(spread, cap)));
  }
}
