package dev.webexwholesale.client.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * An exponential backoff: the n-th wait (n from 1) is {@code min(initial * multiplier^(n-1), max)},
 * spread by ±{@code jitter} of itself and again kept within {@code max}. One value for both the
 * waits between call retries ({@link RetryPolicy#backoff()}) and between polls of a wait
 * ({@link dev.webexwholesale.client.waiter.WaiterConfig#backoff()}), with one validation.
 *
 * @param initial the first wait; positive, at most 365 days
 * @param multiplier growth of each wait over the previous one; finite, at least 1 (1 = fixed)
 * @param max the cap of every wait; not below {@code initial}, at most 365 days
 * @param jitter random spread as a fraction of the wait, from 0 (none) up to, not including, 1
 */
public record Backoff(Duration initial, double multiplier, Duration max, double jitter) {

  /** Far beyond any sensible wait, far below the nanosecond overflow of the arithmetic. */
  private static final Duration LONGEST = Duration.ofDays(365);

  /**
   * Validates every component.
   *
   * @param initial see {@link #initial()}
   * @param multiplier see {@link #multiplier()}
   * @param max see {@link #max()}
   * @param jitter see {@link #jitter()}
   * @throws IllegalArgumentException when a component is out of its range
   * @throws NullPointerException when a duration is null
   */
  public Backoff {
    positive(initial, "initial");
    positive(max, "max");
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("backoff multiplier must be a finite number >= 1, was " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter < 1.0)) {
      throw new IllegalArgumentException("backoff jitter must be in [0, 1), was " + jitter);
    }
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff max (" + max + ") must not be below initial (" + initial + ")");
    }
  }

  /**
   * The same wait every time, without jitter: how a script polls at a steady pace.
   *
   * @param interval the wait; positive, at most 365 days
   * @return a backoff of multiplier 1 and jitter 0 whose initial and max are {@code interval}
   */
  public static Backoff fixed(Duration interval) {
    return new Backoff(interval, 1.0, interval, 0.0);
  }

  /**
   * A copy with another first wait; {@code max} is raised to it when it was lower.
   *
   * @param initial the first wait
   * @return the copy
   */
  public Backoff withInitial(Duration initial) {
    Objects.requireNonNull(initial, "initial");
    return new Backoff(initial, multiplier, max.compareTo(initial) < 0 ? initial : max, jitter);
  }

  /**
   * A copy with another growth factor.
   *
   * @param multiplier finite, at least 1
   * @return the copy
   */
  public Backoff withMultiplier(double multiplier) {
    return new Backoff(initial, multiplier, max, jitter);
  }

  /**
   * A copy with another cap.
   *
   * @param max not below {@link #initial()}
   * @return the copy
   */
  public Backoff withMax(Duration max) {
    return new Backoff(initial, multiplier, max, jitter);
  }

  /**
   * A copy with another spread; tests pass 0 for exact waits.
   *
   * @param jitter from 0 up to, not including, 1
   * @return the copy
   */
  public Backoff withJitter(double jitter) {
    return new Backoff(initial, multiplier, max, jitter);
  }

  /**
   * The n-th wait. Never overflows: the exponent is clamped in doubles.
   *
   * @param n the wait's number, from 1 (smaller values count as 1)
   * @param random a value in [0, 1] that picks the point within the jitter (0.5 = none)
   * @return the wait, never negative, never above {@link #max()}
   * @throws IllegalStateException when {@code random} is outside [0, 1]
   */
  public Duration delay(int n, double random) {
    if (!(random >= 0.0 && random <= 1.0)) {
      throw new IllegalStateException("random source must give values in [0, 1], got " + random);
    }
    double cap = max.toNanos();
    double base = Math.min(initial.toNanos() * Math.pow(multiplier, Math.max(0, n - 1)), cap);
    double spread = base * (1.0 + jitter * (2.0 * random - 1.0));
    return Duration.ofNanos(Math.round(Math.min(spread, cap)));
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("backoff " + name + " must be positive, was " + d);
    }
    if (d.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("backoff " + name + " must be at most 365 days, was " + d);
    }
  }
}
