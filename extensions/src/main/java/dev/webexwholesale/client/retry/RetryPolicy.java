package dev.webexwholesale.client.retry;

import dev.webexwholesale.client.internal.retry.ExponentialBackoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently failed calls are replayed. Which failures qualify is fixed by
 * {@link dev.webexwholesale.client.internal.errors.ErrorDecoder}: this class only says how many and how long.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final double multiplier;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.multiplier = b.multiplier;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /**
   * 4 attempts, 1 s doubling up to 30 s, ±20 % jitter, Retry-After honoured up to 60 s (plus
   * up to 20 % of it).
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt: nothing is replayed. */
  public static RetryPolicy none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts).initialBackoff(initialBackoff).multiplier(multiplier)
        .maxBackoff(maxBackoff).jitter(jitter).maxRetryAfter(maxRetryAfter);
  }

  /** Total attempts including the first. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public double multiplier() {
    return multiplier;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public double jitter() {
    return jitter;
  }

  /**
   * The longest server-requested wait the client waits out before a retry. A longer Retry-After
   * ends the call at once with the refusal (its {@code retryAfter()} names the delay): coming
   * back earlier than asked would not honour it.
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Wait before retry number {@code retry} (1 = after the first attempt) when the server
   * gave no Retry-After: exponential, capped, then spread by ±jitter.
   *
   * @param random a value in [0, 1)
   */
  public Duration backoff(int retry, double random) {
    return ExponentialBackoff.delay(initialBackoff, multiplier, maxBackoff, jitter, retry, random);
  }

  /** The server's Retry-After, cut to {@link #maxRetryAfter()}. */
  public Duration capRetryAfter(Duration requested) {
    return requested.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : requested;
  }

  /**
   * Wait before replaying a call the server answered with {@code Retry-After}: the requested
   * wait plus up to {@code jitter} of it, then cut to {@link #maxRetryAfter()}. Never shorter
   * than asked (within the cap), but spread: Retry-After comes in whole seconds, so callers
   * refused together would otherwise all come back at the same instant and be refused again.
   *
   * @param random a value in [0, 1)
   */
  public Duration retryAfterWait(Duration requested, double random) {
    double extra = requested.toNanos() * jitter * random;
    Duration spread = requested.plusNanos((long) Math.min(extra, Long.MAX_VALUE / 2.0));
    return capRetryAfter(spread);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", multiplier=" + multiplier + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Mutable builder; every setter validates at once. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private double multiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(30);
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {
    }

    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be a finite number >= 1, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Spread of the waits, from 0 (none) to 1: a backoff varies by ±jitter of itself, and a
     * server's Retry-After is lengthened by up to jitter of itself (never shortened).
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be within [0, 1], was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    /** Far beyond any sensible wait, far below the nanosecond overflow of the arithmetic. */
    private static final Duration MAX = Duration.ofDays(365);

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      if (d.compareTo(MAX) > 0) {
        throw new IllegalArgumentException(name + " must be at most " + MAX.toDays() + " days, was " + d);
      }
      return d;
    }
  }
}
