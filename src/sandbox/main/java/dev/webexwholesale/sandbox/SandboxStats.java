package dev.webexwholesale.sandbox;

import java.util.Map;

/**
 * A snapshot of the sandbox's counters.
 *
 * @param totalRequests every request received, faulted and rate-limited ones included
 * @param requestsByOperation the same, per operation ({@link Operation#UNKNOWN} for other paths)
 * @param rateLimited how many 429 answers were sent, by the rate limiter or as injected faults
 * @param faultsInjected how many requests received an injected fault
 * @param subscriberProvisionsAccepted subscriber provision POSTs that created a subscriber
 * @param duplicateAttempts subscriber provision POSTs refused with 409 because the email exists
 */
public record SandboxStats(
    long totalRequests,
    Map<Operation, Long> requestsByOperation,
    long rateLimited,
    long faultsInjected,
    long subscriberProvisionsAccepted,
    long duplicateAttempts) {

  /**
   * Requests received for one operation.
   *
   * @param operation the operation
   * @return the count, 0 when none
   */
  public long requests(Operation operation) {
    Long count = requestsByOperation.get(operation);
    return count == null ? 0 : count;
  }
}
