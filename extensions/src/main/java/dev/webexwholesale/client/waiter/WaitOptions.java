package dev.webexwholesale.client.waiter;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional arguments of one wait, in one object: its settings, its listener and the grace
 * during which a "not visible yet" answer is tolerated. Unset means the client's defaults and
 * the grace the waiter declares.
 */
public final class WaitOptions {
  private static final WaitOptions DEFAULTS = builder().build();

  private final WaiterConfig config;
  private final ProgressListener listener;
  private final Duration grace;

  private WaitOptions(Builder b) {
    this.config = b.config;
    this.listener = b.listener;
    this.grace = b.grace;
  }

  /**
   * No option: the client's settings, no listener, the declared grace.
   *
   * @return the default options
   */
  public static WaitOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The given options, or the defaults for null.
   *
   * @param options the options, or null
   * @return never null
   */
  public static WaitOptions orDefaults(WaitOptions options) {
    return options == null ? DEFAULTS : options;
  }

  /**
   * Options with this config and listener (either may be null for the default): the shape of the
   * deprecated positional overloads.
   *
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return the options
   */
  public static WaitOptions of(WaiterConfig config, ProgressListener listener) {
    return builder().config(config).listener(listener).build();
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The wait's settings.
   *
   * @return the settings, or empty for the client's
   */
  public Optional<WaiterConfig> config() {
    return Optional.ofNullable(config);
  }

  /**
   * The listener told of every poll.
   *
   * @return the listener, or empty for none
   */
  public Optional<ProgressListener> listener() {
    return Optional.ofNullable(listener);
  }

  /**
   * The grace after the wait starts during which a "not visible yet" answer (a 404 right after a
   * 202, the state before an update) means "poll again".
   *
   * @return the grace, or empty for the one the waiter declares
   */
  public Optional<Duration> grace() {
    return Optional.ofNullable(grace);
  }

  @Override
  public String toString() {
    return "WaitOptions{config=" + config + ", listener=" + (listener == null ? "none" : "set") + ", grace=" + grace
        + "}";
  }

  /** Builds {@link WaitOptions}. */
  public static final class Builder {
    private WaiterConfig config;
    private ProgressListener listener;
    private Duration grace;

    private Builder() {
    }

    /**
     * The wait's settings (backoff, max time).
     *
     * @param config the settings, or null for the client's
     * @return this builder
     */
    public Builder config(WaiterConfig config) {
      this.config = config;
      return this;
    }

    /**
     * Told of every poll.
     *
     * @param listener the listener, or null for none
     * @return this builder
     */
    public Builder listener(ProgressListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * Overrides the waiter's declared grace.
     *
     * @param grace not negative, or null for the declared one
     * @return this builder
     */
    public Builder grace(Duration grace) {
      if (grace != null && grace.isNegative()) {
        throw new IllegalArgumentException("grace must not be negative, was " + grace);
      }
      this.grace = grace;
      return this;
    }

    /**
     * The options.
     *
     * @return immutable options
     */
    public WaitOptions build() {
      return new WaitOptions(this);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WaitOptions w && Objects.equals(config, w.config) && Objects.equals(listener, w.listener)
        && Objects.equals(grace, w.grace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, listener, grace);
  }
}
