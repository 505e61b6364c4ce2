package dev.webexwholesale.client;

import dev.webexwholesale.client.waiter.WaitOutcome;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one wait ended, for {@link MetricsListener#onWaitEnd}.
 *
 * @param resourceType {@code "customer"} or {@code "subscriber"}
 * @param resourceId the awaited resource's id, empty when no poll read it
 * @param outcome how the wait ended ({@link WaitOutcome.Kind#INTERRUPTED} included); empty when
 *     it ended with an exception that reaches the caller (see {@code failure})
 * @param failure the simple class name of that exception, present exactly when {@code outcome} is empty
 * @param polls polls made, including ones that failed with a transient error
 * @param status the raw status of the last resource seen, empty when none was
 * @param elapsed from the first poll to the end, measured with the waiter's {@link Time} (monotonic)
 */
public record WaitEvent(
    String resourceType,
    Optional<String> resourceId,
    Optional<WaitOutcome.Kind> outcome,
    Optional<String> failure,
    int polls,
    Optional<String> status,
    Duration elapsed) {

  /**
   * Checks that nothing is null and that exactly one of outcome and failure is present.
   *
   * @param resourceType see {@link #resourceType()}
   * @param resourceId see {@link #resourceId()}
   * @param outcome see {@link #outcome()}
   * @param failure see {@link #failure()}
   * @param polls see {@link #polls()}
   * @param status see {@link #status()}
   * @param elapsed see {@link #elapsed()}
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when both or neither of outcome and failure are present
   */
  public WaitEvent {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(elapsed, "elapsed");
    if (outcome.isPresent() == failure.isPresent()) {
      throw new IllegalArgumentException("exactly one of outcome and failure, got " + outcome + " and " + failure);
    }
  }
}
