package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.internal.observe.ClientLoggers;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * Spaces requests evenly at a fixed rate, across all threads that share it. Each caller
 * reserves the next free slot and sleeps until it; an idle pacer stores no credit, so it never
 * bursts. Used to stay under a known server rate limit instead of learning it from 429s, whose
 * whole-second Retry-After leaves the allowance unused for most of each second.
 */
public final class RequestPacer {
  /** Tag of a request whose slot was reserved (and waited for) by the async caller. */
  public enum Reserved { INSTANCE }

  private final long intervalNanos;
  private final Time time;
  private long nextSlotNanos;
  private boolean started;

  public RequestPacer(double perSecond, Time time) {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("rate must be a positive finite number of requests per second, was "
          + perSecond);
    }
    this.intervalNanos = Math.max(1, Math.round(1e9 / perSecond));
    this.time = Objects.requireNonNull(time, "time");
  }

  /** Blocks until this caller's slot; interrupted, it gives up before anything is sent. */
  public void acquire() throws CallInterruptedIOException {
    Duration wait = reserve();
    if (wait.isZero()) {
      return;
    }
    if (ClientLoggers.RATE_LIMIT.isLoggable(Level.DEBUG)) {
      ClientLoggers.RATE_LIMIT.log(Level.DEBUG, "holding a request " + ClientLoggers.human(wait)
          + " for the client's rate limit (one request every " + ClientLoggers.human(Duration.ofNanos(intervalNanos))
          + ")");
    }
    try {
      time.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallInterruptedIOException("interrupted while waiting for the client's rate limit", e);
    }
  }

  /**
   * Takes the next free slot and returns how long until it starts. Monotonic time: a wall
   * clock stepped back would otherwise stall every caller. Compared by difference, since
   * nanoTime values may be negative and wrap.
   */
  public synchronized Duration reserve() {
    long now = time.nanoTime();
    long slot = !started || now - nextSlotNanos > 0 ? now : nextSlotNanos;
    started = true;
    nextSlotNanos = slot + intervalNanos;
    return Duration.ofNanos(slot - now);
  }

  @Override
  public String toString() {
    return "RequestPacer{interval=" + Duration.ofNanos(intervalNanos) + "}";
  }
}
