package dev.webexwholesale.sandbox;

import java.time.Clock;

/** A token bucket: {@code perSecond} tokens a second, holding at most {@code burst}. */
final class RateLimiter {
  private final double perMilli;
  private final double burst;
  private final Clock clock;
  private double tokens;
  private long lastMillis;

  RateLimiter(int perSecond, int burst, Clock clock) {
    this.perMilli = perSecond / 1000.0;
    this.burst = burst;
    this.clock = clock;
    this.tokens = burst;
    this.lastMillis = clock.millis();
  }

  /** Takes a token: returns 0 when granted, else the whole seconds until one is available. */
  synchronized int acquire() {
    long now = clock.millis();
    if (now > lastMillis) {
      tokens = Math.min(burst, tokens + (now - lastMillis) * perMilli);
      lastMillis = now;
    }
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    double waitMillis = (1 - tokens) / perMilli;
    return (int) Math.max(1, Math.ceil(waitMillis / 1000.0));
  }
}
