package dev.webexwholesale.client.waiter;

import dev.webexwholesale.client.MetricsListener;
import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.internal.observe.IsolatedMetricsListener;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>Errors: an exception from the poller that an {@link Acceptor#onError} acceptor puts in RETRY counts as an
 * attempt and the wait goes on (its Retry-After honoured); any other propagates unchanged.
 * Interruption throws {@link WaitInterruptedException} with the interrupt flag set again.
 *
 * <p>Asynchronous waits hold no thread while they wait: each poll is a task scheduled on a
 * {@link ScheduledExecutorService} (by default one shared pool of {@value #DEFAULT_SCHEDULER_THREADS}
 * daemon threads), so thousands of waits cost no more threads than a few.
 */
public final class Waiter<T> {

  private final ResourceView<T> view;
  private final List<Acceptor<T>> acceptors;
  private final WaiterConfig config;
  /** Threads of the default scheduler shared by all asynchronous waits of the process. */
  public static final int DEFAULT_SCHEDULER_THREADS = 2;

  private final Time time;
  private final DoubleSupplier random;
  private final java.util.function.Function<? super Throwable, Optional<Duration>> retryAfterOfError;
  private final ProgressListener listener;
  private final ScheduledExecutorService scheduler;
  private final MetricsListener metrics;

  private Waiter(Builder<T> b) {
    this.view = b.view;
    this.acceptors = b.acceptors;
    this.config = b.config;
    this.time = b.time;
    this.random = b.random;
    this.retryAfterOfError = b.retryAfterOfError;
    this.listener = b.listener;
    this.scheduler = b.scheduler;
    this.metrics = b.metrics;
  }

  /**
   * A waiter for resources read through {@code view} and judged by {@code acceptors} in order.
   *
   * @param <T> the resource type
   * @param view how outcomes read the resource
   * @param acceptors the rules, asked in order
   * @return a builder
   */
  public static <T> Builder<T> builder(ResourceView<T> view, List<Acceptor<T>> acceptors) {
    return new Builder<>(view, acceptors);
  }

  /**
   * Waits with this waiter's configuration and listener.
   *
   * @param poller reads the resource once
   * @return how the wait ended
   * @throws WaitInterruptedException when interrupted (flag restored)
   */
  public WaitOutcome<T> await(Poller<T> poller) {
    return await(poller, config, listener);
  }

  /**
   * Waits with a per-call configuration and listener (null means this waiter's own).
   *
   * @param poller reads the resource once
   * @param config this wait's configuration, or null
   * @param listener told about each poll, or null
   * @return how the wait ended
   * @throws WaitInterruptedException when interrupted (flag restored)
   * @throws RuntimeException any non-transient exception from the poller, unchanged
   */
  public WaitOutcome<T> await(Poller<T> poller, WaiterConfig config, ProgressListener listener) {
    Objects.requireNonNull(poller, "poller");
    return new WaitRun<>(this, orDefault(config), orDefault(listener), () -> false).run(poller);
  }

  /**
   * {@link #await(Poller)} without blocking, on this waiter's scheduler.
   *
   * @param poller reads the resource once
   * @return the outcome, later
   */
  public CompletableFuture<WaitOutcome<T>> awaitAsync(Poller<T> poller) {
    return awaitAsync(poller, config, listener, scheduler);
  }

  /**
   * Waits on {@code scheduler} (null means this waiter's): each poll starts as one task through
   * {@link Poller#pollAsync}, so neither the delay between polls nor a poll in flight holds a
   * thread (the client's pollers send with OkHttp's {@code enqueue}; a plain poller runs on the
   * scheduler). Each answer is judged on the thread that delivers it. The future fails with what
   * {@code await} would throw. Cancelling the future (or completing it otherwise, as
   * {@code orTimeout} does) cancels the scheduled poll and the poll in flight (a blocking one is
   * interrupted): no poll starts after that.
   *
   * @param poller reads the resource once
   * @param config this wait's configuration, or null
   * @param listener told about each poll, or null
   * @param scheduler where the polls run, or null
   * @return the outcome, later
   */
  public CompletableFuture<WaitOutcome<T>> awaitAsync(
      Poller<T> poller, WaiterConfig config, ProgressListener listener, ScheduledExecutorService scheduler) {
    Objects.requireNonNull(poller, "poller");
    ScheduledExecutorService on = scheduler != null ? scheduler : this.scheduler != null ? this.scheduler
        : DefaultScheduler.INSTANCE;
    CompletableFuture<WaitOutcome<T>> future = new CompletableFuture<>();
    WaitRun<T> run = new WaitRun<>(this, orDefault(config), orDefault(listener), future::isDone);
    AtomicReference<Future<?>> pending = new AtomicReference<>();
    AtomicReference<CompletableFuture<PollAnswer<T>>> inFlight = new AtomicReference<>();
    future.whenComplete((outcome, failure) -> {
      Future<?> next = pending.get();
      if (next != null) {
        next.cancel(true);
      }
      CompletableFuture<PollAnswer<T>> poll = inFlight.get();
      if (poll != null) {
        poll.cancel(true); // a client poll cancels its HTTP call
      }
    });
    Runnable step = new Runnable() {
      @Override
      public void run() {
        if (future.isDone()) {
          return;
        }
        try {
          CompletableFuture<PollAnswer<T>> poll;
          try {
            poll = poller.pollAsync(run.beginPoll());
          } catch (WaitInterruptedException | java.util.concurrent.CancellationException e) {
            throw e;
          } catch (RuntimeException | Error e) {
            poll = CompletableFuture.failedFuture(e);
          }
          inFlight.set(poll);
          if (future.isDone()) {
            poll.cancel(true);
            return;
          }
          Runnable self = this;
          // Judged where the answer arrives (an OkHttp thread, or here for a blocking poller):
          // no scheduler thread waits for it.
          poll.whenComplete((answer, failure) -> judge(answer, failure, self));
        } catch (Throwable t) {
          future.completeExceptionally(t);
        } finally {
          if (future.isDone()) {
            Thread.interrupted(); // a cancel(true) aimed at this poll must not hit the pool's next task
          }
        }
      }

      private void judge(PollAnswer<T> answer, Throwable failure, Runnable self) {
        if (future.isDone()) {
          return;
        }
        try {
          WaitOutcome<T> outcome = run.judge(answer, unwrap(failure));
          if (outcome != null) {
            future.complete(outcome);
          } else {
            pending.set(time.schedule(on, self, run.nextDelay()));
            if (future.isDone()) {
              pending.get().cancel(true);
            }
          }
        } catch (Throwable t) {
          future.completeExceptionally(t);
        }
      }
    };
    try {
      pending.set(time.schedule(on, step, Duration.ZERO));
    } catch (RuntimeException rejected) {
      future.completeExceptionally(rejected);
    }
    return future;
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
  }

  /**
   * A copy that asks {@code first} before its own acceptors: how a call adds a rule that only
   * holds for one wait (e.g. "the update is not visible yet").
   *
   * @param first the rules asked before this waiter's
   * @return the copy
   */
  public Waiter<T> withAcceptorsFirst(List<Acceptor<T>> first) {
    List<Acceptor<T>> all = new java.util.ArrayList<>(first);
    all.addAll(acceptors);
    return new Builder<>(view, all)
        .config(config).time(time).random(random)
        .retryAfterOfError(retryAfterOfError).listener(listener).scheduler(scheduler).metricsListener(metrics).build();
  }

  /**
   * A copy with another default configuration.
   *
   * @param config the configuration
   * @return the copy
   */
  public Waiter<T> withConfig(WaiterConfig config) {
    return toBuilder().config(config).build();
  }

  /**
   * A builder holding this waiter's settings.
   *
   * @return the builder
   */
  public Builder<T> toBuilder() {
    return new Builder<>(view, acceptors)
        .config(config).time(time).random(random)
        .retryAfterOfError(retryAfterOfError).listener(listener).scheduler(scheduler).metricsListener(metrics);
  }

  /**
   * The default configuration of this waiter's waits.
   *
   * @return the configuration
   */
  public WaiterConfig config() {
    return config;
  }

  ResourceView<T> view() {
    return view;
  }

  List<Acceptor<T>> acceptors() {
    return acceptors;
  }

  Time time() {
    return time;
  }

  DoubleSupplier random() {
    return random;
  }

  MetricsListener metrics() {
    return metrics;
  }

  /** The server's Retry-After an exception carries; never null, never negative. */
  Optional<Duration> retryAfterOf(Throwable t) {
    Optional<Duration> hint = retryAfterOfError.apply(t);
    return hint == null ? Optional.empty() : hint.filter(d -> !d.isNegative());
  }

  private WaiterConfig orDefault(WaiterConfig c) {
    return c != null ? c : config;
  }

  private ProgressListener orDefault(ProgressListener l) {
    return l != null ? l : listener;
  }

  /**
   * The scheduler shared by all asynchronous waits (and the client's asynchronous retries) that
   * were given none: {@value #DEFAULT_SCHEDULER_THREADS} daemon threads, started on first use.
   *
   * @return the process-wide default scheduler
   */
  public static ScheduledExecutorService defaultScheduler() {
    return DefaultScheduler.INSTANCE;
  }

  /** Created on first use: a process that never waits asynchronously starts no thread. */
  private static final class DefaultScheduler {
    static final ScheduledExecutorService INSTANCE = create();

    private static ScheduledExecutorService create() {
      AtomicInteger n = new AtomicInteger();
      ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(DEFAULT_SCHEDULER_THREADS, task -> {
        Thread t = new Thread(task, "webex-wholesale-waiter-" + n.incrementAndGet());
        t.setDaemon(true); // waits must not keep the JVM alive
        return t;
      });
      pool.setRemoveOnCancelPolicy(true);
      return pool;
    }
  }

  /** Builder; everything but the view and the acceptors has a production default. */
  public static final class Builder<T> {
    private final ResourceView<T> view;
    private List<Acceptor<T>> acceptors;
    private WaiterConfig config = WaiterConfig.defaults();
    private Time time = Time.system();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private java.util.function.Function<? super Throwable, Optional<Duration>> retryAfterOfError = t -> Optional.empty();
    private ProgressListener listener = ProgressListener.NONE;
    private ScheduledExecutorService scheduler;
    private MetricsListener metrics = MetricsListener.NONE;

    private Builder(ResourceView<T> view, List<Acceptor<T>> acceptors) {
      this.view = Objects.requireNonNull(view, "view");
      this.acceptors = List.copyOf(Objects.requireNonNull(acceptors, "acceptors"));
    }

    /**
     * The default configuration; default {@link WaiterConfig#defaults()}.
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder<T> config(WaiterConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Measures the wait and sleeps between polls; tests pass a fake. Default {@link Time#system()}.
     *
     * @param time the time
     * @return this builder
     */
    public Builder<T> time(Time time) {
      this.time = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * Source of jitter, values in [0, 1]; pass {@code new Random(seed)::nextDouble} in tests.
     *
     * @param random the source
     * @return this builder
     */
    public Builder<T> random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Makes the exceptions {@code isTransient} accepts transient: an {@link Acceptor#onError}
     * acceptor in RETRY, asked after the waiter's own acceptors. {@code retryAfter} reads the
     * server's Retry-After from such an exception (the wait honours it).
     *
     * @param isTransient which exceptions a later poll may overcome
     * @param retryAfter the Retry-After such an exception carries
     * @return this builder
     */
    public Builder<T> transientErrors(Predicate<? super Throwable> isTransient,
        java.util.function.Function<? super Throwable, Optional<Duration>> retryAfter) {
      List<Acceptor<T>> all = new java.util.ArrayList<>(acceptors);
      all.add(Acceptor.onError(isTransient, WaitState.RETRY, "transient error"));
      this.acceptors = List.copyOf(all);
      return retryAfterOfError(retryAfter);
    }

    /**
     * How to read a Retry-After from an exception a poll threw.
     *
     * @param retryAfter the Retry-After an exception carries, or empty
     * @return this builder
     */
    public Builder<T> retryAfterOfError(java.util.function.Function<? super Throwable, Optional<Duration>> retryAfter) {
      this.retryAfterOfError = Objects.requireNonNull(retryAfter, "retryAfter");
      return this;
    }

    /**
     * The default listener of each poll; default {@link ProgressListener#NONE}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder<T> listener(ProgressListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Where {@code awaitAsync} runs its polls; null means a shared pool of
     * {@value Waiter#DEFAULT_SCHEDULER_THREADS} daemon threads. The caller owns a pool it passes.
     *
     * @param scheduler the scheduler, or null
     * @return this builder
     */
    public Builder<T> scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = scheduler;
      return this;
    }

    /**
     * Told about every poll and how every wait ended, whatever per-call {@link ProgressListener}
     * a caller passes; what it throws never changes the wait (it goes to the thread's
     * uncaught-exception handler). Default {@link MetricsListener#NONE}.
     *
     * @param metrics the listener
     * @return this builder
     */
    public Builder<T> metricsListener(MetricsListener metrics) {
      this.metrics = IsolatedMetricsListener.of(metrics);
      return this;
    }

    /**
     * The waiter.
     *
     * @return a new immutable waiter
     */
    public Waiter<T> build() {
      return new Waiter<>(this);
    }
  }
}
