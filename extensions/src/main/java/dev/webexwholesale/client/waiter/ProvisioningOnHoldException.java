package dev.webexwholesale.client.waiter;

/** The resource stopped in a hold that needs a person (compliance review, e-mail input or validation, user migration). */
public class ProvisioningOnHoldException extends WaitException {

  private static final long serialVersionUID = 1L;

  /**
   * The wait's outcome, which on hold.
   *
   * @param outcome the outcome
   */
  public ProvisioningOnHoldException(WaitOutcome<?> outcome) {
    super(outcome, null);
  }
}
