package dev.webexwholesale.client;

import dev.webexwholesale.client.waiter.PollEvent;

/**
 * The client's metrics hook: told about every HTTP attempt (replays included), every poll of a
 * wait and how each wait ended, so a few lines wire it to Micrometer or OpenTelemetry (see
 * {@code docs/observability.md}). Set it with {@link WholesaleClient.Builder#metricsListener}.
 *
 * <p>Every method runs on the thread that made the attempt or the poll, so keep it quick. An
 * exception thrown here never changes a call's or a wait's result: it goes to the thread's
 * uncaught-exception handler and the call goes on. Every method does nothing by default:
 * implement the ones you record.
 */
public interface MetricsListener {

  /** A listener that records nothing. */
  MetricsListener NONE = new MetricsListener() { };

  /**
   * One HTTP attempt ended: answered (any status) or failed in transport.
   *
   * @param event the attempt, its outcome and what the client decides next
   */
  default void onAttempt(AttemptEvent event) {
  }

  /**
   * One poll of a wait ended (the same event a {@link dev.webexwholesale.client.waiter.ProgressListener} sees).
   *
   * @param event the poll, the status it read and the delay before the next one
   */
  default void onPoll(PollEvent event) {
  }

  /**
   * A wait ended: with an outcome, or with an exception that reaches the caller.
   *
   * @param event how it ended, after how many polls and how long
   */
  default void onWaitEnd(WaitEvent event) {
  }
}
