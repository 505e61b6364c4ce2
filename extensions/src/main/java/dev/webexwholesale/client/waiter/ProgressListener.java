package dev.webexwholesale.client.waiter;

/**
 * Called on the waiting thread after each poll, in order. An exception thrown here ends the wait
 * and reaches the caller: a listener is part of the caller's code, not something to hide.
 */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = e -> { };

  void onPoll(PollEvent event);
}
