package dev.webexwholesale.client.internal.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import okio.AsyncTimeout;
import org.junit.jupiter.api.Test;

/**
 * The anchor stays in okio's queue while calls are made, lapses when they stop, and changes no
 * other timeout: one due before it and one due after it both fire at their own time. okio's
 * watchdog runs on real time, so these wait for it (bounded), with short periods.
 */
class TimeoutAnchorTest {
  private static final long PERIOD = TimeUnit.MILLISECONDS.toNanos(30);

  @Test
  void callsKeepItArmedAndItLapsesAfterAPeriodWithout() {
    TimeoutAnchor anchor = new TimeoutAnchor(PERIOD);
    assertFalse(anchor.armed());

    anchor.touch();
    assertTrue(anchor.armed());
    // Calls go on: every period ends with a re-arm, never a lapse.
    long end = System.nanoTime() + 8 * PERIOD;
    while (System.nanoTime() < end) {
      anchor.touch();
      assertTrue(anchor.armed());
      LockSupport.parkNanos(PERIOD / 10);
    }
    assertTrue(anchor.rearms() >= 3, "re-arms: " + anchor.rearms());

    // No more calls: within two periods it leaves the queue, and the next call arms it again.
    assertTrue(within(2_000, () -> !anchor.armed()), "still armed without calls");
    anchor.touch();
    assertTrue(anchor.armed());
  }

  @Test
  void timeoutsBeforeAndAfterTheAnchorFireAtTheirOwnTime() throws InterruptedException {
    TimeoutAnchor anchor = new TimeoutAnchor(TimeUnit.MILLISECONDS.toNanos(1_000));
    anchor.touch();

    long start = System.nanoTime();
    Fired early = new Fired(50);
    Fired late = new Fired(1_500);
    early.enter();
    late.enter();
    // Keep the anchor re-arming past the late one's deadline.
    while (late.fired.getCount() > 0 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5)) {
      anchor.touch();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }

    assertTrue(early.fired.await(5, TimeUnit.SECONDS) && late.fired.await(5, TimeUnit.SECONDS));
    // The early one is not held until the anchor's period ends; the late one outlives a re-arm.
    assertBetween(50, 700, (early.at - start) / 1_000_000);
    assertBetween(1_500, 2_200, (late.at - start) / 1_000_000);
    assertTrue(anchor.rearms() >= 1, "re-arms: " + anchor.rearms());
  }

  private static void assertBetween(long low, long high, long ms) {
    assertTrue(ms >= low && ms <= high, ms + " ms, expected " + low + " to " + high);
  }

  private static boolean within(long ms, BooleanSupplier condition) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    return true;
  }

  private static final class Fired extends AsyncTimeout {
    final CountDownLatch fired = new CountDownLatch(1);
    volatile long at;

    Fired(long ms) {
      timeout(ms, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void timedOut() {
      at = System.nanoTime();
      fired.countDown();
    }
  }
}
