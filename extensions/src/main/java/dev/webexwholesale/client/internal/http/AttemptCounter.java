package dev.webexwholesale.client.internal.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request tag through which the retry interceptor tells the listener interceptor how many
 * attempts one call took.
 */
public final class AttemptCounter {
  private final AtomicInteger attempts = new AtomicInteger();

  public void increment() {
    attempts.incrementAndGet();
  }

  public int attempts() {
    return attempts.get();
  }
}
