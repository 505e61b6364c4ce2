package dev.webexwholesale.client.internal.http;

import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;

/**
 * Keeps okio's timeout watchdog from being woken by every call. okio keeps every pending timeout
 * (OkHttp's call deadline, each socket read and write) in one queue ordered by deadline, served
 * by one watchdog thread, and wakes that thread whenever a timeout is queued first: on an idle
 * queue that is every call's deadline and every socket operation after it, a futex wake and a
 * contended lock each, measured at about a tenth of a small call's client CPU. This timeout,
 * re-armed every period while calls are being made, sits at the front instead: a
 * timeout due later than it is queued behind it without a wake. It changes no deadline (the
 * watchdog still wakes for every earlier one, and it serves this one by re-arming it) and lapses
 * after a period without calls, so an idle client leaves no thread waking.
 */
public final class TimeoutAnchor extends AsyncTimeout {
  /** The one of the JVM (okio's queue is the JVM's): 5 s, under OkHttp's default write timeout (10 s). */
  public static final TimeoutAnchor SHARED = new TimeoutAnchor(TimeUnit.SECONDS.toNanos(5));

  private volatile boolean armed;
  /** Set when okio refused an enter or exit (another okio version): the anchor is off for good. */
  private volatile boolean off;
  private volatile boolean used;
  private long rearms;

  TimeoutAnchor(long periodNanos) {
    timeout(periodNanos, TimeUnit.NANOSECONDS);
  }

  /** A call is starting: arms the anchor if it had lapsed, else marks it to be re-armed. */
  public void touch() {
    if (off) {
      return;
    }
    if (!armed) {
      arm();
    } else if (!used) {
      used = true; // written once per period, not per call
    }
  }

  private synchronized void arm() {
    if (!armed && !off) {
      armed = true;
      used = false;
      try {
        enter();
      } catch (RuntimeException e) {
        off = true; // only an optimisation: a call never fails for it
      }
    }
  }

  /** Called by okio's watchdog (outside its lock) when a period ran out. */
  @Override
  protected void timedOut() {
    synchronized (this) {
      // An exception here would end okio's watchdog thread, and with it every timeout of the
      // JVM: whatever this okio does differently, the anchor turns itself off instead.
      try {
        exit(); // okio took it off its queue; this closes that enter
        if (used && !off) {
          used = false;
          rearms++;
          enter();
        } else {
          armed = false;
        }
      } catch (RuntimeException e) {
        off = true;
        armed = false;
      }
    }
  }

  /** Whether the anchor is in okio's queue; for tests. */
  synchronized boolean armed() {
    return armed;
  }

  /** How many times the anchor was re-armed after a period with calls; for tests. */
  synchronized long rearms() {
    return rearms;
  }
}
