package dev.webexwholesale.client.waiter;

/**
 * The waiting thread was interrupted while polling or sleeping. The interrupt flag is set
 * again before this is thrown, so callers further up still see it.
 */
public class WaitInterruptedException extends WaitException {

  private static final long serialVersionUID = 1L;

  public WaitInterruptedException(WaitOutcome<?> outcome, InterruptedException cause) {
    super(outcome, cause);
  }
}
