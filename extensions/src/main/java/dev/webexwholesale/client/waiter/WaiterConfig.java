package dev.webexwholesale.client.waiter;

import dev.webexwholesale.client.retry.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long to poll: the {@link Backoff} between polls, the wait's time budget and
 * whether a server's Retry-After is honoured. Immutable; invalid values fail at once with
 * {@link IllegalArgumentException}.
 *
 * <p>The n-th wait between polls is {@link Backoff#delay}{@code (n, random)}. When
 * {@code honorRetryAfter} is on, a longer server Retry-After wins over that. The wait gives up
 * once {@code maxTime} has passed (see {@link Waiter} for the exact rule at the deadline).
 */
public final class WaiterConfig {

  /** The default backoff between polls: 2 s growing by 1.5 up to 30 s, ±10 % jitter. */
  public static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(30), 0.1);

  private static final WaiterConfig DEFAULTS = builder().build();

  private final Backoff backoff;
  private final Duration maxTime;
  private final boolean honorRetryAfter;

  private WaiterConfig(Builder b) {
    this.backoff = b.backoff;
    this.maxTime = b.maxTime;
    this.honorRetryAfter = b.honorRetryAfter;
  }

  /**
   * {@link #DEFAULT_BACKOFF}, 15 min, Retry-After honoured.
   *
   * @return the default configuration
   */
  public static WaiterConfig defaults() {
    return DEFAULTS;
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
   * A builder starting from this configuration.
   *
   * @return a new builder holding this configuration's values
   */
  public Builder toBuilder() {
    return new Builder().backoff(backoff).maxTime(maxTime).honorRetryAfter(honorRetryAfter);
  }

  /**
   * The waits between polls.
   *
   * @return the backoff
   */
  public Backoff backoff() {
    return backoff;
  }

  /**
   * The wait's time budget, from its first poll.
   *
   * @return a positive duration
   */
  public Duration maxTime() {
    return maxTime;
  }

  /**
   * Whether a server Retry-After longer than the backoff is waited out.
   *
   * @return true when honoured
   */
  public boolean honorRetryAfter() {
    return honorRetryAfter;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WaiterConfig)) {
      return false;
    }
    WaiterConfig c = (WaiterConfig) o;
    return backoff.equals(c.backoff) && maxTime.equals(c.maxTime) && honorRetryAfter == c.honorRetryAfter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(backoff, maxTime, honorRetryAfter);
  }

  @Override
  public String toString() {
    return "WaiterConfig{backoff=" + backoff + ", maxTime=" + maxTime + ", honorRetryAfter=" + honorRetryAfter + "}";
  }

  /** Builder starting from the defaults. */
  public static final class Builder {
    private Backoff backoff = DEFAULT_BACKOFF;
    private Duration maxTime = Duration.ofMinutes(15);
    private boolean honorRetryAfter = true;

    private Builder() {}

    /**
     * The waits between polls; default {@link WaiterConfig#DEFAULT_BACKOFF}.
     *
     * @param backoff the backoff (already validated by its constructor)
     * @return this builder
     */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * Total time to wait before timing out; default 15 min.
     *
     * @param maxTime positive, at most 365 days
     * @return this builder
     * @throws IllegalArgumentException when not positive or longer than 365 days
     */
    public Builder maxTime(Duration maxTime) {
      Objects.requireNonNull(maxTime, "maxTime");
      if (maxTime.isNegative() || maxTime.isZero() || maxTime.compareTo(Duration.ofDays(365)) > 0) {
        throw new IllegalArgumentException("maxTime must be positive and at most 365 days, got " + maxTime);
      }
      this.maxTime = maxTime;
      return this;
    }

    /**
     * Whether a server Retry-After longer than the backoff is waited out; default true.
     *
     * @param honorRetryAfter true to honour it
     * @return this builder
     */
    public Builder honorRetryAfter(boolean honorRetryAfter) {
      this.honorRetryAfter = honorRetryAfter;
      return this;
    }

    /**
     * The configuration.
     *
     * @return a new immutable configuration
     */
    public WaiterConfig build() {
      return new WaiterConfig(this);
    }
  }
}
