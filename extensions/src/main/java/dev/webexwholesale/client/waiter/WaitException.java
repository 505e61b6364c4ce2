package dev.webexwholesale.client.waiter;

import java.util.Objects;

/**
 * Base of the waiter's exceptions, carrying the outcome that caused it. The superclass is
 * chosen here only, so the client layer can later root it in its own exception hierarchy.
 */
public abstract class WaitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient WaitOutcome<?> outcome;

  protected WaitException(WaitOutcome<?> outcome, Throwable cause) {
    super(Objects.requireNonNull(outcome, "outcome").describe(), cause);
    this.outcome = outcome;
  }

  /** The outcome: last resource seen, status, attempts, elapsed time, package problems. */
  public WaitOutcome<?> outcome() {
    return outcome;
  }
}
