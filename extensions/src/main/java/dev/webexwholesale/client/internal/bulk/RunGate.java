package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkListener;
import dev.webexwholesale.client.bulk.BulkStoppedException.Reason;
import java.time.Duration;

/**
 * What every call of a run passes first: a refusal's Retry-After (429, 423) pauses the whole run,
 * not just the row that met it, and a stop ends every row at its next call. Retry-After beyond
 * the cap stops the run: waiting that long in silence helps nobody.
 */
public final class RunGate {
  private static final long STEP_NANOS = Duration.ofSeconds(1).toNanos();
  private final Time time;
  private final Duration cap;
  private final BulkListener listener;
  private long notBefore;
  private boolean paused;
  private volatile RunStop stop;

  public RunGate(Time time, Duration cap, BulkListener listener) {
    this.time = time;
    this.cap = cap;
    this.listener = listener;
  }

  /** Waits while the run is paused; throws when the run is stopping. */
  void pass() throws InterruptedException {
    while (true) {
      RunStop s = stop;
      if (s != null) {
        throw s;
      }
      long wait;
      synchronized (this) {
        wait = paused ? notBefore - time.nanoTime() : 0;
      }
      if (wait <= 0) {
        return;
      }
      // In steps, so a stop (another row's journal failure, a Retry-After past the cap) ends the wait.
      time.sleep(Duration.ofNanos(Math.min(wait, STEP_NANOS)));
    }
  }

  /**
   * Webex refused a call before doing anything: pause the run for its Retry-After (without one,
   * a backoff by the row's consecutive refusals), or stop it when Webex asks for more than the cap.
   */
  void refused(long row, String key, Duration retryAfter, int consecutive) {
    Duration delay = retryAfter != null ? retryAfter
        : Duration.ofSeconds(Math.min(30, 1L << Math.min(5, Math.max(0, consecutive - 1))));
    if (delay.compareTo(cap) > 0) {
      throw stop(new RunStop(Reason.RATE_LIMITED, "rate limited by Webex: it asked to wait " + seconds(delay)
          + " (Retry-After), more than the cap of " + seconds(cap) + "; run again later, rows not finished are kept",
          null));
    }
    boolean extended = false;
    synchronized (this) {
      long until = time.nanoTime() + delay.toNanos();
      if (!paused || until - notBefore > 0) {
        notBefore = until;
        paused = true;
        extended = true;
      }
    }
    if (extended) {
      listener.onEvent(new BulkEvent(row, key, BulkEvent.Step.RATE_LIMITED, null, delay));
    }
  }

  /** Stops the run (the first reason wins) and returns the stop to throw. */
  RunStop stop(RunStop s) {
    synchronized (this) {
      if (stop == null) {
        stop = s;
      }
      return stop;
    }
  }

  public RunStop stopped() {
    return stop;
  }

  static String seconds(Duration d) {
    long s = d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
    return s + " s";
  }
}
