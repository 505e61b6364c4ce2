package dev.webexwholesale.client.waiter;

import dev.webexwholesale.client.MetricsListener;
import dev.webexwholesale.client.Time;
import dev.webexwholesale.client.WaitEvent;
import dev.webexwholesale.client.internal.errors.SafeText;
import dev.webexwholesale.client.internal.observe.ClientLoggers;
import java.lang.System.Logger.Level;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * One wait as a sequence of steps: poll, evaluate, then either an outcome or the delay before the
 * next step. The synchronous wait sleeps between steps; the asynchronous one schedules them.
 * Single use; steps never run concurrently.
 */
final class WaitRun<T> {

  private final ResourceView<T> view;
  private final List<Acceptor<T>> acceptors;
  private final WaiterConfig config;
  private final Time time;
  private final java.util.function.DoubleSupplier random;
  private final ProgressListener listener;
  private final MetricsListener metrics;
  private final BooleanSupplier cancelled;
  private final java.util.function.Function<Throwable, Optional<Duration>> retryAfterOfError;

  private long start = Long.MIN_VALUE;
  private int attempts;
  private T last;
  private boolean gone;
  private Duration refusedRetryAfter;
  private Duration nextDelay;

  WaitRun(Waiter<T> w, WaiterConfig config, ProgressListener listener, BooleanSupplier cancelled) {
    this.view = w.view();
    this.acceptors = w.acceptors();
    this.config = config;
    this.time = w.time();
    this.random = w.random();
    this.retryAfterOfError = w::retryAfterOf;
    this.listener = listener;
    this.metrics = w.metrics();
    this.cancelled = cancelled;
  }

  /** The blocking wait. */
  WaitOutcome<T> run(Poller<T> poller) {
    while (true) {
      WaitOutcome<T> outcome = step(poller);
      if (outcome != null) {
        return outcome;
      }
      try {
        time.sleep(nextDelay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(e);
      }
    }
  }

  /** The delay before the next step, after {@link #step} returned null. */
  Duration nextDelay() {
    return nextDelay;
  }

  /**
   * Polls once. Returns the outcome when the wait is over, else null ({@link #nextDelay()} says
   * when to step again).
   */
  WaitOutcome<T> step(Poller<T> poller) {
    Duration remaining = beginPoll();
    PollAnswer<T> polled;
    try {
      polled = poller.poll(remaining);
    } catch (Exception | Error e) {
      return judge(null, e);
    }
    return judge(polled, null);
  }

  /**
   * Starts a poll: counts it and returns the wait's time left, its bound. Throws when the wait
   * was cancelled or the thread interrupted.
   */
  Duration beginPoll() {
    try {
      return beginPollOnce();
    } catch (WaitInterruptedException e) {
      throw e; // reported as its outcome
    } catch (RuntimeException | Error e) {
      endedBy(e);
      throw e;
    }
  }

  private Duration beginPollOnce() {
    if (start == Long.MIN_VALUE) {
      start = time.nanoTime();
    }
    if (Thread.currentThread().isInterrupted()) {
      throw interrupted(null);
    }
    stopIfCancelled();
    attempts++;
    return remaining();
  }

  /**
   * Judges the poll begun by {@link #beginPoll}: its answer, or the exception it failed with.
   * Returns the outcome when the wait is over, else null ({@link #nextDelay()} says when to poll
   * again); throws the poll's exception when no acceptor takes it as transient.
   */
  WaitOutcome<T> judge(PollAnswer<T> polled, Throwable failure) {
    try {
      return judgeOnce(polled, failure);
    } catch (WaitInterruptedException e) {
      throw e; // reported as its outcome
    } catch (RuntimeException | Error e) {
      endedBy(e);
      throw e;
    }
  }

  private WaitOutcome<T> judgeOnce(PollAnswer<T> polled, Throwable failure) {
    Optional<Duration> hint;
    WaitState state;
    Throwable transientError = null;
    if (failure instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      throw interrupted((InterruptedException) failure);
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    if (failure == null && polled == null) {
      failure = new NullPointerException("poller returned null instead of a PollAnswer");
    }
    if (failure == null) {
      gone = polled.isGone();
      polled.resource().ifPresent(r -> last = r);
      hint = polled.retryAfter();
      state = Acceptor.evaluate(acceptors, polled);
    } else {
      Exception e = (Exception) failure;
      Optional<WaitState> matched = Acceptor.evaluateError(acceptors, e);
      if (matched.isEmpty() || matched.get() == WaitState.FAILURE) {
        throw propagate(e);
      }
      transientError = e;
      gone = false;
      hint = retryAfterOfError.apply(e);
      state = matched.get();
    }
    Duration elapsed = elapsed();
    if (state != WaitState.RETRY) {
      report(state, transientError, Optional.empty(), elapsed);
      return outcome(kindOf(state), elapsed);
    }
    Optional<Duration> delay = nextDelay(hint, elapsed);
    report(state, transientError, delay, elapsed);
    if (delay.isEmpty()) {
      return outcome(WaitOutcome.Kind.TIMED_OUT, elapsed);
    }
    stopIfCancelled();
    nextDelay = delay.get();
    return null;
  }

  /** What is left of maxTime (zero once it has passed). */
  private Duration remaining() {
    Duration left = config.maxTime().minus(elapsed());
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * Backoff (or a longer honoured Retry-After), shortened to end exactly at the deadline so the
   * last poll happens at maxTime. Empty (time out now) when the deadline has passed, or when
   * the server asks to wait beyond it: polling before its Retry-After would not honour it.
   */
  private Optional<Duration> nextDelay(Optional<Duration> hint, Duration elapsed) {
    Duration remaining = config.maxTime().minus(elapsed);
    if (remaining.isNegative() || remaining.isZero()) {
      return Optional.empty();
    }
    if (config.honorRetryAfter() && hint.isPresent() && hint.get().compareTo(remaining) > 0) {
      refusedRetryAfter = hint.get();
      return Optional.empty();
    }
    Duration delay = config.backoff().delay(attempts, random.getAsDouble());
    if (config.honorRetryAfter() && hint.isPresent() && hint.get().compareTo(delay) > 0) {
      delay = hint.get();
    }
    return Optional.of(delay.compareTo(remaining) > 0 ? remaining : delay);
  }

  // The async future was cancelled or completed elsewhere (e.g. orTimeout): nobody waits any more.
  private void stopIfCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("wait cancelled");
    }
  }

  private void report(WaitState state, Throwable error, Optional<Duration> delay, Duration elapsed) {
    Optional<String> status = error != null || gone || last == null
        ? Optional.empty() : Optional.ofNullable(view.statusOf().apply(last));
    PollEvent event = new PollEvent(
        view.type(), attempts, elapsed, status, gone, state, Optional.ofNullable(error), delay);
    if (ClientLoggers.WAIT.isLoggable(Level.DEBUG)) {
      String seen = error != null ? "failed with " + error.getClass().getSimpleName()
          : gone ? "gone" : "status " + status.map(SafeText::escapeControls).orElse("(none)");
      ClientLoggers.WAIT.log(Level.DEBUG, view.type() + " " + idOrUnknown() + " poll " + attempts + " after "
          + ClientLoggers.human(elapsed) + ": " + seen + " -> " + state
          + delay.map(d -> ", next poll in " + ClientLoggers.human(d)).orElse(""));
    }
    metrics.onPoll(event);
    listener.onPoll(event);
  }

  private String idOrUnknown() {
    String id = last == null ? null : view.idOf().apply(last);
    return id == null ? "(id unknown)" : SafeText.escapeControls(id);
  }

  /** The wait ends with an exception the caller gets. */
  private void endedBy(Throwable e) {
    metrics.onWaitEnd(new WaitEvent(view.type(), Optional.ofNullable(last == null ? null : view.idOf().apply(last)),
        Optional.empty(), Optional.of(e.getClass().getSimpleName()), attempts,
        Optional.ofNullable(gone || last == null ? null : view.statusOf().apply(last)),
        start == Long.MIN_VALUE ? Duration.ZERO : elapsed()));
    ClientLoggers.WAIT.log(Level.DEBUG, () -> view.type() + " " + idOrUnknown() + " wait ended after " + attempts
        + " polls with " + e.getClass().getSimpleName());
  }

  private Duration elapsed() {
    return Duration.ofNanos(Math.max(0, time.nanoTime() - start));
  }

  /** The wait's outcome, reported to the metrics listener and the log. */
  private WaitOutcome<T> outcome(WaitOutcome.Kind kind, Duration elapsed) {
    T resource = gone ? null : last;
    String id = last == null ? null : view.idOf().apply(last);
    String status = resource == null ? null : view.statusOf().apply(resource);
    WaitOutcome<T> outcome =
        new WaitOutcome<>(kind, view, resource, id, status, gone, attempts, elapsed, refusedRetryAfter);
    metrics.onWaitEnd(new WaitEvent(view.type(), Optional.ofNullable(id), Optional.of(kind), Optional.empty(),
        attempts, Optional.ofNullable(status), elapsed));
    ClientLoggers.WAIT.log(Level.DEBUG, () -> "wait ended: " + SafeText.escapeControls(outcome.describe()));
    return outcome;
  }

  WaitInterruptedException interrupted(InterruptedException cause) {
    return new WaitInterruptedException(outcome(WaitOutcome.Kind.INTERRUPTED, elapsed()), cause);
  }

  private static WaitOutcome.Kind kindOf(WaitState state) {
    switch (state) {
      case SUCCESS:
        return WaitOutcome.Kind.SUCCEEDED;
      case FAILURE:
        return WaitOutcome.Kind.FAILED;
      case HOLD:
        return WaitOutcome.Kind.ON_HOLD;
      default:
        throw new IllegalArgumentException("not terminal: " + state);
    }
  }

  private static RuntimeException propagate(Exception e) {
    if (e instanceof RuntimeException) {
      return (RuntimeException) e;
    }
    return new UndeclaredThrowableException(e, "poller failed: " + e);
  }
}
