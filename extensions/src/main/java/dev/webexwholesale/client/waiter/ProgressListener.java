package dev.webexwholesale.client.waiter;

/**
 * Called on the waiting thread after each poll, in order. An exception thrown here ends the wait
 * and reaches the caller: a listener is part of the caller's code, not something to hide.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that does nothing. */
  ProgressListener NONE = e -> { };

  /**
   * One poll ended.
   *
   * @param event what the poll saw and what comes next
   */
  void onPoll(PollEvent event);
}
