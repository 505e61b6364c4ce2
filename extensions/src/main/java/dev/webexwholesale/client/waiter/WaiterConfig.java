package dev.webexwholesale.client.waiter;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long to poll. Immutable; invalid values fail in the builder with
 * {@link IllegalArgumentException}.
 *
 * <p>The n-th wait (n from 1) is {@code min(initialInterval * backoffFactor^(n-1), maxInterval)},
 * spread by ±{@code jitter} and again kept within {@code maxInterval}. When
 * {@code honorRetryAfter} is on, a longer server Retry-After wins over that. The wait gives up
 * once {@code maxTime} has passed (see {@link Waiter} for the exact rule at the deadline).
 */
public final class WaiterConfig {

  private static final WaiterConfig DEFAULTS = builder().build();

  private final Duration initialInterval;
  private final double backoffFactor;
  private final Duration maxInterval;
  private final double jitter;
  private final Duration maxTime;
  private final boolean honorRetryAfter;

  private WaiterConfig(Builder b) {
    this.initialInterval = b.initialInterval;
    this.backoffFactor = b.backoffFactor;
    this.maxInterval = b.maxInterval;
    this.jitter = b.jitter;
    this.maxTime = b.maxTime;
    this.honorRetryAfter = b.honorRetryAfter;
  }

  /** 2 s initial interval, factor 1.5, cap 30 s, jitter ±10 %, 15 min, Retry-After honoured. */
  public static WaiterConfig defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .initialInterval(initialInterval)
        .backoffFactor(backoffFactor)
        .maxInterval(maxInterval)
        .jitter(jitter)
        .maxTime(maxTime)
        .honorRetryAfter(honorRetryAfter);
  }

  public Duration initialInterval() {
    return initialInterval;
  }

  public double backoffFactor() {
    return backoffFactor;
  }

  public Duration maxInterval() {
    return maxInterval;
  }

  public double jitter() {
    return jitter;
  }

  public Duration maxTime() {
    return maxTime;
  }

  public boolean honorRetryAfter() {
    return honorRetryAfter;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WaiterConfig)) {
      return false;
    }
    WaiterConfig c = (WaiterConfig) o;
    return initialInterval.equals(c.initialInterval)
        && Double.compare(backoffFactor, c.backoffFactor) == 0
        && maxInterval.equals(c.maxInterval)
        && Double.compare(jitter, c.jitter) == 0
        && maxTime.equals(c.maxTime)
        && honorRetryAfter == c.honorRetryAfter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(initialInterval, backoffFactor, maxInterval, jitter, maxTime, honorRetryAfter);
  }

  @Override
  public String toString() {
    return "WaiterConfig{initialInterval=" + initialInterval + ", backoffFactor=" + backoffFactor
        + ", maxInterval=" + maxInterval + ", jitter=" + jitter + ", maxTime=" + maxTime
        + ", honorRetryAfter=" + honorRetryAfter + "}";
  }

  /** Builder starting from the defaults. */
  public static final class Builder {
    private Duration initialInterval = Duration.ofSeconds(2);
    private double backoffFactor = 1.5;
    private Duration maxInterval = Duration.ofSeconds(30);
    private double jitter = 0.1;
    private Duration maxTime = Duration.ofMinutes(15);
    private boolean honorRetryAfter = true;

    private Builder() {}

    /** First wait between polls; must be positive. */
    public Builder initialInterval(Duration initialInterval) {
      this.initialInterval = positive(initialInterval, "initialInterval");
      return this;
    }

    /** Growth of each wait over the previous one; at least 1.0 (1.0 = fixed interval). */
    public Builder backoffFactor(double backoffFactor) {
      if (!(backoffFactor >= 1.0) || Double.isInfinite(backoffFactor)) {
        throw new IllegalArgumentException("backoffFactor must be a finite number >= 1.0, got " + backoffFactor);
      }
      this.backoffFactor = backoffFactor;
      return this;
    }

    /** Cap of the backoff wait; must be positive and not below initialInterval (checked at build). */
    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = positive(maxInterval, "maxInterval");
      return this;
    }

    /** Random spread as a fraction: 0.1 = ±10 %; from 0 (none) up to, not including, 1. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter < 1.0)) {
        throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** Total time to wait before timing out; must be positive. */
    public Builder maxTime(Duration maxTime) {
      this.maxTime = positive(maxTime, "maxTime");
      return this;
    }

    /** Whether a server Retry-After longer than the backoff is waited out. */
    public Builder honorRetryAfter(boolean honorRetryAfter) {
      this.honorRetryAfter = honorRetryAfter;
      return this;
    }

    public WaiterConfig build() {
      if (maxInterval.compareTo(initialInterval) < 0) {
        throw new IllegalArgumentException(
            "maxInterval (" + maxInterval + ") must not be below initialInterval (" + initialInterval + ")");
      }
      return new WaiterConfig(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      if (d.compareTo(Duration.ofDays(365)) > 0) {
        throw new IllegalArgumentException(name + " must be at most 365 days, got " + d);
      }
      return d;
    }
  }
}
