package dev.webexwholesale.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The client's one source of time: a monotonic clock for measuring (deadlines, pacing, wait
 * budgets), the wall clock for HTTP dates, and waiting. Tests inject a fake so backoff,
 * Retry-After and polling cost nothing and no test sleeps.
 */
public interface Time {

  /**
   * Nanoseconds from an arbitrary fixed origin; never steps back (like {@link System#nanoTime()}).
   *
   * @return the monotonic time; compare two values by their difference only
   */
  long nanoTime();

  /**
   * The wall-clock instant; only used to read HTTP dates such as {@code Retry-After}.
   *
   * @return the current instant
   */
  Instant now();

  /**
   * Blocks for {@code duration} (nothing when zero or negative).
   *
   * @param duration how long to block
   * @throws InterruptedException when the thread is interrupted while blocked
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Runs {@code task} on {@code executor} after {@code delay}: the asynchronous twin of
   * {@link #sleep}, so a fake time can let async waits run without real delays.
   *
   * @param executor where the task runs
   * @param task the task
   * @param delay how long from now (zero or negative: at once)
   * @return the scheduled task, to cancel it
   */
  default ScheduledFuture<?> schedule(ScheduledExecutorService executor, Runnable task, Duration delay) {
    return executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
  }

  /**
   * This time as a UTC {@link Clock}, for APIs that take one (such as the sandbox's builder).
   *
   * @return a clock whose {@code instant()} is {@link #now()}
   */
  default Clock asClock() {
    Time time = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a Time's clock is UTC");
      }

      @Override
      public Instant instant() {
        return time.now();
      }
    };
  }

  /**
   * The JVM's clocks and {@link Thread#sleep}.
   *
   * @return the system time
   */
  static Time system() {
    return SystemTime.INSTANCE;
  }

  /** {@link Time#system()}. */
  enum SystemTime implements Time {
    /** The one instance. */
    INSTANCE;

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    }
  }
}
