package dev.webexwholesale.client.waiter;

import dev.webexwholesale.client.errors.WholesaleException;
import java.util.Objects;

/**
 * Base of the waiter's exceptions, carrying the outcome that caused it. Rooted in the
 * client's one exception tree, so {@code catch (WholesaleException e)} sees wait failures too.
 */
public abstract class WaitException extends WholesaleException {

  private static final long serialVersionUID = 1L;

  private final transient WaitOutcome<?> outcome;

  /**
   * An exception whose message describes the outcome.
   *
   * @param outcome the outcome
   * @param cause the cause, or null
   */
  protected WaitException(WaitOutcome<?> outcome, Throwable cause) {
    super(Objects.requireNonNull(outcome, "outcome").describe(), cause);
    this.outcome = outcome;
  }

  /**
   * The outcome: last resource seen, status, attempts, elapsed time, package problems.
   *
   * @return the outcome
   */
  public WaitOutcome<?> outcome() {
    return outcome;
  }
}
