package dev.webexwholesale.client.waiter;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one poll saw, for progress reporting.
 *
 * @param resourceType "customer" or "subscriber"
 * @param attempt 1 for the first poll
 * @param elapsed time since the wait started, after this poll
 * @param status raw status read, empty when gone or when the poll failed transiently
 * @param gone whether the poll found the resource gone (404)
 * @param state what the poll means for the wait
 * @param error the transient error this poll failed with, if any
 * @param nextDelay the wait before the next poll; empty when this was the last poll
 */
public record PollEvent(
    String resourceType,
    int attempt,
    Duration elapsed,
    Optional<String> status,
    boolean gone,
    WaitState state,
    Optional<Throwable> error,
    Optional<Duration> nextDelay) {

  /**
   * Checks that nothing is null.
   *
   * @param resourceType see {@link #resourceType()}
   * @param attempt see {@link #attempt()}
   * @param elapsed see {@link #elapsed()}
   * @param status see {@link #status()}
   * @param gone see {@link #gone()}
   * @param state see {@link #state()}
   * @param error see {@link #error()}
   * @param nextDelay see {@link #nextDelay()}
   * @throws NullPointerException when a component is null
   */
  public PollEvent {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(nextDelay, "nextDelay");
  }
}
