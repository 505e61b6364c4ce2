package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.SubscriberStatus;

/**
 * How the sandbox answers a subscriber provision. Webex documents a synchronous life cycle:
 * 200 {@code provisioned}, or 202 {@code pending_user_migration} for an active free Webex account.
 */
public enum SubscriberOutcome {
  /** 200, provisioned at once (the default). */
  PROVISIONED(SubscriberStatus.PROVISIONED),
  /**
   * 202, {@code pending_user_migration} until the consent email is sent (Send Consent User Move
   * Email) and the person consents; see {@link WholesaleSandbox.Builder#freeAccount(String)}.
   */
  PENDING_USER_MIGRATION(SubscriberStatus.PENDING_USER_MIGRATION),
  /**
   * Fault mode, opt-in: 200 with a status no document lists ({@code sandbox_undocumented_status}), kept
   * until {@link WholesaleSandbox#resolveSubscriberHold(String)}; for testing forward compatibility.
   */
  UNDOCUMENTED_STATUS(SubscriberStatus.fromValue("sandbox_undocumented_status"));


  private final SubscriberStatus status;

  SubscriberOutcome(SubscriberStatus status) {
    this.status = status;
  }

  /**
   * The subscriber status this outcome answers.
   *
   * @return the status the provision answer carries
   */
  public SubscriberStatus status() {
    return status;
  }
}
