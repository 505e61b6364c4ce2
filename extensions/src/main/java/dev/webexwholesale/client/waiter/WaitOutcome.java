package dev.webexwholesale.client.waiter;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a wait ended. A removal that ends in 404 is {@link Kind#SUCCEEDED} with
 * {@link #isGone()} true and no resource: one success kind keeps {@code isSuccess()} and
 * {@code orThrow()} uniform across waits.
 */
public final class WaitOutcome<T> {

  /** The terminal kinds a wait can end in. */
  public enum Kind {
    /** The wanted state was reached (provisioned, or gone after a remove). */
    SUCCEEDED,
    /** Webex reported a terminal failure such as {@code error}; see {@link #problems()}. */
    FAILED,
    /** A hold that needs a person, such as {@code pending_rpl_review}. */
    ON_HOLD,
    /** {@code maxTime} passed while the resource was still transient or unknown. */
    TIMED_OUT,
    /**
     * The waiting thread was interrupted. Never returned by {@code await}: only carried by
     * {@link WaitInterruptedException}, so it can say what was seen last.
     */
    INTERRUPTED
  }

  private final Kind kind;
  private final String resourceType;
  private final T resource;
  private final String resourceId;
  private final String status;
  private final boolean gone;
  private final int attempts;
  private final Duration elapsed;
  private final List<PackageProblem> problems;
  private final Duration refusedRetryAfter;

  WaitOutcome(Kind kind, ResourceView<T> view, T resource, String resourceId, String status,
      boolean gone, int attempts, Duration elapsed, Duration refusedRetryAfter) {
    this.refusedRetryAfter = refusedRetryAfter;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.resourceType = view.type();
    this.resource = resource;
    this.resourceId = resourceId;
    this.status = status;
    this.gone = gone;
    this.attempts = attempts;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    List<PackageProblem> found = resource == null ? null : view.problemsOf().apply(resource);
    this.problems = found == null ? List.of() : List.copyOf(found);
  }

  /**
   * How the wait ended.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the wait reached the wanted state.
   *
   * @return true for {@link Kind#SUCCEEDED}
   */
  public boolean isSuccess() {
    return kind == Kind.SUCCEEDED;
  }

  /**
   * The last resource seen; empty when gone or never read (for example only transient errors).
   *
   * @return the resource
   */
  public Optional<T> resource() {
    return Optional.ofNullable(resource);
  }

  /**
   * The id of the awaited resource, from the last resource seen.
   *
   * @return the id, empty when no poll read it
   */
  public Optional<String> resourceId() {
    return Optional.ofNullable(resourceId);
  }

  /**
   * "customer" or "subscriber".
   *
   * @return the resource type
   */
  public String resourceType() {
    return resourceType;
  }

  /**
   * The raw status of the last resource seen, exactly as sent (also for unknown values).
   *
   * @return the status, empty when none was seen
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Whether the last poll found the resource gone (404).
   *
   * @return true when gone
   */
  public boolean isGone() {
    return gone;
  }

  /**
   * Polls made, including ones that failed with a transient error.
   *
   * @return at least 1 once a poll ran
   */
  public int attempts() {
    return attempts;
  }

  /**
   * From the first poll to the end, measured with the waiter's monotonic time.
   *
   * @return the duration
   */
  public Duration elapsed() {
    return elapsed;
  }

  /**
   * For a hold, what a person must do about it: for a subscriber in
   * {@code pending_user_migration}, consent to the move (the consent email can be resent); for a
   * customer in {@code pending_rpl_review}, wait for the compliance check. Empty otherwise.
   *
   * @return the remedy, empty when none applies
   */
  public Optional<String> remedy() {
    if (kind != Kind.ON_HOLD || status == null) {
      return Optional.empty();
    }
    if ("subscriber".equals(resourceType) && "pending_user_migration".equals(status)) {
      return Optional.of(SubscriberAcceptors.CONSENT_REMEDY);
    }
    if ("customer".equals(resourceType) && "pending_rpl_review".equals(status)) {
      return Optional.of(CustomerAcceptors.RPL_REMEDY);
    }
    return Optional.empty();
  }

  /**
   * The delay the server asked for (Retry-After) when it reached past the wait's remaining time:
   * the wait then timed out at once instead of polling early. Empty otherwise.
   *
   * @return the refused delay, empty when none
   */
  public Optional<Duration> refusedRetryAfter() {
    return Optional.ofNullable(refusedRetryAfter);
  }

  /**
   * Errors and warnings the last resource seen reports per package (also on success).
   *
   * @return the problems, never null
   */
  public List<PackageProblem> problems() {
    return problems;
  }

  /**
   * The resource on success (null for a removal, which has none); otherwise throws
   * {@link ProvisioningFailedException}, {@link ProvisioningOnHoldException},
   * {@link WaitTimeoutException} or {@link WaitInterruptedException}.
   *
   * @return the resource, or null for a removal
   * @throws ProvisioningFailedException when the wait failed
   * @throws ProvisioningOnHoldException when the resource is on hold
   * @throws WaitTimeoutException when the wait timed out
   * @throws WaitInterruptedException when the wait was interrupted
   */
  public T orThrow() {
    switch (kind) {
      case SUCCEEDED:
        return resource;
      case FAILED:
        throw new ProvisioningFailedException(this);
      case ON_HOLD:
        throw new ProvisioningOnHoldException(this);
      case TIMED_OUT:
        throw new WaitTimeoutException(this);
      default:
        throw new WaitInterruptedException(this, null);
    }
  }

  /**
   * One line naming resource, id, status, attempts, elapsed and the package problems.
   *
   * @return the line
   */
  public String describe() {
    StringBuilder s = new StringBuilder(resourceType);
    s.append(' ').append(resourceId == null ? "(id unknown)" : resourceId).append(' ');
    switch (kind) {
      case SUCCEEDED:
        s.append(gone ? "removed" : "succeeded with status " + status);
        break;
      case FAILED:
        s.append(gone ? "disappeared while waiting" : "failed with status " + status);
        break;
      case ON_HOLD:
        s.append("is on hold with status ").append(status).append(" (")
            .append(remedy().orElse("needs action by a person")).append(')');
        break;
      case TIMED_OUT:
        s.append("timed out, last status ").append(status == null ? "none seen" : status);
        if (refusedRetryAfter != null) {
          s.append(" (the server asked to retry after ").append(refusedRetryAfter.toSeconds())
              .append(" s, beyond the time left)");
        }
        break;
      default:
        s.append("wait interrupted, last status ").append(status == null ? "none seen" : status);
    }
    s.append(" after ").append(attempts).append(attempts == 1 ? " attempt" : " attempts")
        .append(" in ").append(elapsed);
    if (!problems.isEmpty()) {
      s.append("; problems: ")
          .append(problems.stream().map(PackageProblem::summary).collect(Collectors.joining("; ")));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "WaitOutcome[" + kind + ": " + describe() + "]";
  }
}
