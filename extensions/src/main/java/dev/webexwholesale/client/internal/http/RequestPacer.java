package dev.webexwholesale.client.internal.http;

import dev.webexwholesale.client.Sleeper;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Spaces requests evenly at a fixed rate, across all threads that share it. Each caller
 * reserves the next free slot and sleeps until it; an idle pacer stores no credit, so it never
 * bursts. Used to stay under a known server rate limit instead of learning it from 429s, whose
 * whole-second Retry-After leaves the allowance unused for most of each second.
 */
public final class RequestPacer {
  private final long intervalNanos;
  private final Clock clock;
  private final Sleeper sleeper;
  private long nextSlotNanos = Long.MIN_VALUE;

  public RequestPacer(double perSecond, Clock clock, Sleeper sleeper) {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("rate must be a positive finite number of requests per second, was "
          + perSecond);
    }
    this.intervalNanos = Math.max(1, Math.round(1e9 / perSecond));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Blocks until this caller's slot; interrupted, it gives up before anything is sent. */
  public void acquire() throws InterruptedIOException {
    Duration wait = reserve();
    if (wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the client's rate limit");
      io.initCause(e);
      throw io;
    }
  }

  /** Takes the next free slot and returns how long until it starts. */
  synchronized Duration reserve() {
    long now = nanos(clock.instant());
    long slot = Math.max(now, nextSlotNanos);
    nextSlotNanos = slot + intervalNanos;
    return Duration.ofNanos(slot - now);
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  @Override
  public String toString() {
    return "RequestPacer{interval=" + Duration.ofNanos(intervalNanos) + "}";
  }
}
