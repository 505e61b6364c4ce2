package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.CustomerStatus;

/** Where a customer's background provisioning ends. */
public enum CustomerOutcome {
  /** Provisioned, every package included (the default). */
  PROVISIONED(CustomerStatus.PROVISIONED),
  /** Provisioned, with an error on the first package and warnings on every package. */
  PROVISIONED_WITH_ERRORS(CustomerStatus.PROVISIONED_WITH_ERRORS),
  /** Failed: every package has status {@code error} with an error entry. */
  ERROR(CustomerStatus.ERROR),
  /** A compliance hold; stays until {@link WholesaleSandbox#completeRplReview(String)}. */
  PENDING_RPL_REVIEW(CustomerStatus.PENDING_RPL_REVIEW);

  private final CustomerStatus status;

  CustomerOutcome(CustomerStatus status) {
    this.status = status;
  }

  /**
   * The customer status this outcome ends in.
   *
   * @return the status the customer reaches when its provisioning polls run out
   */
  public CustomerStatus status() {
    return status;
  }
}
