package dev.webexwholesale.client.waiter;

/**
 * The waiting thread was interrupted while polling or sleeping. The interrupt flag is set
 * again before this is thrown, so callers further up still see it.
 */
public class WaitInterruptedException extends WaitException {

  private static final long serialVersionUID = 1L;

  /**
   * The outcome up to the interruption.
   *
   * @param outcome what was seen last
   * @param cause the interruption, or null
   */
  public WaitInterruptedException(WaitOutcome<?> outcome, InterruptedException cause) {
    super(outcome, cause);
  }
}
