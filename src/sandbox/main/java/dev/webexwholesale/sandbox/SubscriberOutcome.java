package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.SubscriberStatus;

/** Where a subscriber's background provisioning ends. */
public enum SubscriberOutcome {
  PROVISIONED(SubscriberStatus.PROVISIONED),
  /** Failed, with one entry in the subscriber's {@code errors}. */
  ERROR(SubscriberStatus.ERROR),
  /** Holds that need a person; they stay until {@link WholesaleSandbox#resolveSubscriberHold(String)}. */
  PENDING_EMAIL_INPUT(SubscriberStatus.PENDING_EMAIL_INPUT),
  PENDING_EMAIL_VALIDATION(SubscriberStatus.PENDING_EMAIL_VALIDATION),
  PENDING_USER_MIGRATION(SubscriberStatus.PENDING_USER_MIGRATION);

  private final SubscriberStatus status;

  SubscriberOutcome(SubscriberStatus status) {
    this.status = status;
  }

  /** The subscriber status this outcome ends in. */
  public SubscriberStatus status() {
    return status;
  }
}
