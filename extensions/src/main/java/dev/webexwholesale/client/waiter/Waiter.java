package dev.webexwholesale.client.waiter;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Polls until an {@link Acceptor} says the resource reached a terminal state, or time runs out.
 * Immutable and thread-safe; each call runs its own wait.
 *
 * <p>Timing: after each non-terminal poll the waiter sleeps for the backoff delay (see
 * {@link WaiterConfig}), shortened so that the last poll happens exactly at {@code maxTime};
 * a poll at or after {@code maxTime} that is still not terminal ends in
 * {@link WaitOutcome.Kind#TIMED_OUT}. When an honoured Retry-After would reach past
 * {@code maxTime}, the wait times out at once instead of polling early. A terminal answer always
 * wins, even when the poll itself took the wait past its deadline.
 *
 * <p>Errors: an exception from the poller that {@link PollErrors} calls transient counts as an
 * attempt and the wait goes on (its Retry-After honoured); any other propagates unchanged.
 * Interruption throws {@link WaitInterruptedException} with the interrupt flag set again.
 */
public final class Waiter<T> {

  private final ResourceView<T> view;
  private final List<Acceptor<T>> acceptors;
  private final WaiterConfig config;
  private final WaitClock clock;
  private final WaitSleeper sleeper;
  private final DoubleSupplier random;
  private final PollErrors pollErrors;
  private final ProgressListener listener;
  private final Executor executor;

  private Waiter(Builder<T> b) {
    this.view = b.view;
    this.acceptors = b.acceptors;
    this.config = b.config;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.pollErrors = b.pollErrors;
    this.listener = b.listener;
    this.executor = b.executor;
  }

  /** A waiter for resources read through {@code view} and judged by {@code acceptors} in order. */
  public static <T> Builder<T> builder(ResourceView<T> view, List<Acceptor<T>> acceptors) {
    return new Builder<>(view, acceptors);
  }

  /** Waits with this waiter's configuration and listener. */
  public WaitOutcome<T> await(Poller<T> poller) {
    return await(poller, config, listener);
  }

  /**
   * Waits with a per-call configuration and listener (null means this waiter's own).
   *
   * @throws WaitInterruptedException when interrupted (flag restored)
   * @throws RuntimeException any non-transient exception from the poller, unchanged
   */
  public WaitOutcome<T> await(Poller<T> poller, WaiterConfig config, ProgressListener listener) {
    Objects.requireNonNull(poller, "poller");
    return new WaitRun<>(this, orDefault(config), orDefault(listener), () -> false).run(poller);
  }

  /** {@link #await(Poller)} on this waiter's executor (default: a new daemon thread). */
  public CompletableFuture<WaitOutcome<T>> awaitAsync(Poller<T> poller) {
    return awaitAsync(poller, config, listener, executor);
  }

  /**
   * Waits on {@code executor} (null means this waiter's). The future fails with what
   * {@code await} would throw. Cancelling the future (or completing it otherwise, as
   * {@code orTimeout} does) stops the wait before its next sleep or poll.
   */
  public CompletableFuture<WaitOutcome<T>> awaitAsync(
      Poller<T> poller, WaiterConfig config, ProgressListener listener, Executor executor) {
    Objects.requireNonNull(poller, "poller");
    WaiterConfig c = orDefault(config);
    ProgressListener l = orDefault(listener);
    CompletableFuture<WaitOutcome<T>> future = new CompletableFuture<>();
    Runnable task = () -> {
      try {
        future.complete(new WaitRun<>(this, c, l, future::isDone).run(poller));
      } catch (Throwable t) {
        future.completeExceptionally(t);
      }
    };
    try {
      (executor != null ? executor : this.executor != null ? this.executor : DAEMON).execute(task);
    } catch (RuntimeException rejected) {
      future.completeExceptionally(rejected);
    }
    return future;
  }

  /** A copy with another default configuration. */
  public Waiter<T> withConfig(WaiterConfig config) {
    return toBuilder().config(config).build();
  }

  public Builder<T> toBuilder() {
    return new Builder<>(view, acceptors)
        .config(config).clock(clock).sleeper(sleeper).random(random)
        .pollErrors(pollErrors).listener(listener).executor(executor);
  }

  public WaiterConfig config() {
    return config;
  }

  ResourceView<T> view() {
    return view;
  }

  List<Acceptor<T>> acceptors() {
    return acceptors;
  }

  WaitClock clock() {
    return clock;
  }

  WaitSleeper sleeper() {
    return sleeper;
  }

  DoubleSupplier random() {
    return random;
  }

  PollErrors pollErrors() {
    return pollErrors;
  }

  private WaiterConfig orDefault(WaiterConfig c) {
    return c != null ? c : config;
  }

  private ProgressListener orDefault(ProgressListener l) {
    return l != null ? l : listener;
  }

  // A daemon thread per async wait: waits are long and rare, and must not keep the JVM alive.
  private static final Executor DAEMON = task -> {
    Thread t = new Thread(task, "webex-wholesale-waiter");
    t.setDaemon(true);
    t.start();
  };

  /** Builder; everything but the view and the acceptors has a production default. */
  public static final class Builder<T> {
    private final ResourceView<T> view;
    private final List<Acceptor<T>> acceptors;
    private WaiterConfig config = WaiterConfig.defaults();
    private WaitClock clock = WaitClock.system();
    private WaitSleeper sleeper = WaitSleeper.system();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private PollErrors pollErrors = PollErrors.none();
    private ProgressListener listener = ProgressListener.NONE;
    private Executor executor;

    private Builder(ResourceView<T> view, List<Acceptor<T>> acceptors) {
      this.view = Objects.requireNonNull(view, "view");
      this.acceptors = List.copyOf(Objects.requireNonNull(acceptors, "acceptors"));
    }

    public Builder<T> config(WaiterConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    public Builder<T> clock(WaitClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder<T> sleeper(WaitSleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Source of jitter, values in [0, 1]; pass {@code new Random(seed)::nextDouble} in tests. */
    public Builder<T> random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    public Builder<T> pollErrors(PollErrors pollErrors) {
      this.pollErrors = Objects.requireNonNull(pollErrors, "pollErrors");
      return this;
    }

    public Builder<T> listener(ProgressListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Executor for {@code awaitAsync}; null means a new daemon thread per wait. */
    public Builder<T> executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    public Waiter<T> build() {
      return new Waiter<>(this);
    }
  }
}
