package dev.webexwholesale.client.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently failed calls are replayed: how many attempts, the {@link Backoff}
 * between them, and how long a server's Retry-After may be. Which failures qualify is fixed by
 * the client (see {@code docs/client.md}): this class only says how many and how long. Immutable.
 */
public final class RetryPolicy {
  /** The default backoff between attempts: 1 s doubling up to 30 s, ±20 % jitter. */
  public static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30), 0.2);

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Backoff backoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.backoff = b.backoff;
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /**
   * 4 attempts, {@link #DEFAULT_BACKOFF}, Retry-After honoured up to 60 s (plus up to 20 % of it).
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * One attempt: nothing is replayed.
   *
   * @return the policy that never retries
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this policy.
   *
   * @return a new builder holding this policy's values
   */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).backoff(backoff).maxRetryAfter(maxRetryAfter);
  }

  /**
   * Total attempts including the first.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The waits between attempts when the server gave no Retry-After; its jitter also spreads an
   * honoured Retry-After (see {@link #retryAfterWait}).
   *
   * @return the backoff
   */
  public Backoff backoff() {
    return backoff;
  }

  /**
   * The longest server-requested wait the client waits out before a retry. A longer Retry-After
   * ends the call at once with the refusal (its {@code retryAfter()} names the delay): coming
   * back earlier than asked would not honour it.
   *
   * @return the cap, zero or more
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Wait before retry number {@code retry} (1 = after the first attempt) when the server
   * gave no Retry-After: {@link Backoff#delay} of {@link #backoff()}.
   *
   * @param retry the retry's number, from 1
   * @param random a value in [0, 1)
   * @return the wait
   */
  public Duration backoff(int retry, double random) {
    return backoff.delay(retry, random);
  }

  /**
   * The server's Retry-After, cut to {@link #maxRetryAfter()}.
   *
   * @param requested the wait the server asked for
   * @return the smaller of {@code requested} and {@link #maxRetryAfter()}
   */
  public Duration capRetryAfter(Duration requested) {
    return requested.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : requested;
  }

  /**
   * Wait before replaying a call the server answered with {@code Retry-After}: the requested
   * wait plus up to the backoff's {@code jitter} of it, then cut to {@link #maxRetryAfter()}.
   * Never shorter than asked (within the cap), but spread: Retry-After comes in whole seconds,
   * so callers refused together would otherwise all come back at the same instant and be
   * refused again.
   *
   * @param requested the wait the server asked for
   * @param random a value in [0, 1)
   * @return the wait
   */
  public Duration retryAfterWait(Duration requested, double random) {
    double extra = requested.toNanos() * backoff.jitter() * random;
    Duration spread = requested.plusNanos((long) Math.min(extra, Long.MAX_VALUE / 2.0));
    return capRetryAfter(spread);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", backoff=" + backoff + ", maxRetryAfter=" + maxRetryAfter
        + "}";
  }

  /** Mutable builder; every setter validates at once. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Backoff backoff = DEFAULT_BACKOFF;
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {
    }

    /**
     * Total attempts including the first; default 4.
     *
     * @param maxAttempts at least 1 (1 = never retry)
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The waits between attempts; default {@link RetryPolicy#DEFAULT_BACKOFF}.
     *
     * @param backoff the backoff (already validated by its constructor)
     * @return this builder
     */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * The longest Retry-After waited out before a retry; default 60 s.
     *
     * @param maxRetryAfter zero or more, at most 365 days
     * @return this builder
     * @throws IllegalArgumentException when negative or longer than 365 days
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxRetryAfter.isNegative() || maxRetryAfter.compareTo(Duration.ofDays(365)) > 0) {
        throw new IllegalArgumentException("maxRetryAfter must be within [0, 365 days], was " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * The policy.
     *
     * @return a new immutable policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
