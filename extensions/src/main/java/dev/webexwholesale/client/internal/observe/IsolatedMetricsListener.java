package dev.webexwholesale.client.internal.observe;

import dev.webexwholesale.client.AttemptEvent;
import dev.webexwholesale.client.MetricsListener;
import dev.webexwholesale.client.WaitEvent;
import dev.webexwholesale.client.waiter.PollEvent;
import java.util.Objects;

/**
 * A user's {@link MetricsListener} whose failures never reach the call: an observer must not
 * turn an accepted provision into a failure the caller would retry. What it throws goes to the
 * thread's uncaught-exception handler. Not API.
 */
public final class IsolatedMetricsListener implements MetricsListener {
  private final MetricsListener delegate;

  private IsolatedMetricsListener(MetricsListener delegate) {
    this.delegate = delegate;
  }

  /**
   * The listener, isolated (once: an isolated one is returned as it is).
   *
   * @param listener the user's listener
   * @return a listener that never throws (but a {@link VirtualMachineError})
   */
  public static MetricsListener of(MetricsListener listener) {
    Objects.requireNonNull(listener, "listener");
    return listener instanceof IsolatedMetricsListener || listener == MetricsListener.NONE
        ? listener : new IsolatedMetricsListener(listener);
  }

  @Override
  public void onAttempt(AttemptEvent event) {
    try {
      delegate.onAttempt(event);
    } catch (RuntimeException | Error e) {
      report(e);
    }
  }

  @Override
  public void onPoll(PollEvent event) {
    try {
      delegate.onPoll(event);
    } catch (RuntimeException | Error e) {
      report(e);
    }
  }

  @Override
  public void onWaitEnd(WaitEvent event) {
    try {
      delegate.onWaitEnd(event);
    } catch (RuntimeException | Error e) {
      report(e);
    }
  }

  private static void report(Throwable e) {
    if (e instanceof VirtualMachineError) {
      throw (VirtualMachineError) e;
    }
    Thread t = Thread.currentThread();
    t.getUncaughtExceptionHandler().uncaughtException(t, e);
  }
}
