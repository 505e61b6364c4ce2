package dev.webexwholesale.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One HTTP attempt of a call, for {@link MetricsListener#onAttempt}. No query string, header or
 * body is carried: query values hold e-mail addresses and org IDs.
 *
 * @param operation the API operation, the name of the generated interface method (the spec's
 *     {@code operationId}, such as {@code getCustomer}); {@code "unknown"} for a request the
 *     client did not make through one
 * @param method the HTTP method, such as {@code GET}
 * @param path the URL path, without query
 * @param attempt 1 for the first attempt of a call, 2 for its first replay, and so on
 * @param status the HTTP status of the answer; empty when the attempt failed in transport
 * @param failure the simple class name of the transport failure (such as
 *     {@code SocketTimeoutException}); empty when an answer arrived
 * @param duration from sending the attempt to its answer or failure, measured with the client's
 *     {@link Time} (monotonic), rate-limit pacing of the attempt included
 * @param decision what the client does next
 * @param delay the wait before the replay, present exactly when {@code decision} is
 *     {@link Decision#RETRY}
 */
public record AttemptEvent(
    String operation,
    String method,
    String path,
    int attempt,
    OptionalInt status,
    Optional<String> failure,
    Duration duration,
    Decision decision,
    Optional<Duration> delay) {

  /** What the client does after an attempt. */
  public enum Decision {
    /** The attempt got a 2xx answer: the call is answered. */
    SUCCESS,
    /** The attempt failed and is replayed after {@link AttemptEvent#delay()}. */
    RETRY,
    /**
     * The attempt failed and is not replayed (not safe to replay, attempts used up, Retry-After
     * too long, deadline near, or a poll whose wait decides): the caller gets this answer or failure.
     */
    STOP
  }

  /**
   * Checks that nothing is null and that a delay comes exactly with a retry.
   *
   * @param operation see {@link #operation()}
   * @param method see {@link #method()}
   * @param path see {@link #path()}
   * @param attempt see {@link #attempt()}
   * @param status see {@link #status()}
   * @param failure see {@link #failure()}
   * @param duration see {@link #duration()}
   * @param decision see {@link #decision()}
   * @param delay see {@link #delay()}
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when {@code delay} and {@code decision} disagree
   */
  public AttemptEvent {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(delay, "delay");
    if (delay.isPresent() != (decision == Decision.RETRY)) {
      throw new IllegalArgumentException("a delay comes exactly with RETRY, got " + decision + " and " + delay);
    }
  }
}
