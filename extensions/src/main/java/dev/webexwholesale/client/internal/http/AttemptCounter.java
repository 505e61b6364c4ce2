package dev.webexwholesale.client.internal.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request tag through which the retry interceptor tells the listener interceptor (and the error
 * decoder) how many attempts one call took. Tagged up front only where someone reads it for a
 * success too (the listener, async calls); else the retry interceptor tags the request of a
 * failed answer only, so a successful call is never copied to carry it.
 */
public final class AttemptCounter {
  private final AtomicInteger attempts = new AtomicInteger();
  /** The counter of the whole call when this one counts a replay of it only; else null. */
  private final AttemptCounter whole;

  public AttemptCounter() {
    this(null);
  }

  /**
   * A counter of a replay of the call counted by {@code whole}: its attempts count there too.
   *
   * @param whole the whole call's counter, or null
   */
  public AttemptCounter(AttemptCounter whole) {
    this.whole = whole;
  }

  public void increment() {
    attempts.incrementAndGet();
    if (whole != null) {
      whole.increment();
    }
  }

  public int attempts() {
    return attempts.get();
  }
}
