package dev.webexwholesale.client.waiter;

/** Webex reported a terminal provisioning failure (status error or provisioned_with_errors, or the resource vanished); the package problems are in the message and the outcome. */
public class ProvisioningFailedException extends WaitException {

  private static final long serialVersionUID = 1L;

  /**
   * The wait's outcome, which failed.
   *
   * @param outcome the outcome
   */
  public ProvisioningFailedException(WaitOutcome<?> outcome) {
    super(outcome, null);
  }
}
