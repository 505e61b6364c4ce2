package dev.webexwholesale.client.waiter;

/** The resource was still transient (or in an unknown status) when the maximum wait time passed. */
public class WaitTimeoutException extends WaitException {

  private static final long serialVersionUID = 1L;

  /**
   * The wait's outcome, which timed out.
   *
   * @param outcome the outcome
   */
  public WaitTimeoutException(WaitOutcome<?> outcome) {
    super(outcome, null);
  }
}
