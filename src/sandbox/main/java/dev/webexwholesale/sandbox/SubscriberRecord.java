package dev.webexwholesale.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;

/** A subscriber's state; guarded by the store's lock. */
final class SubscriberRecord extends Lifecycle.Tracked {
  final String id;
  final String personId;
  final String email;
  final CustomerRecord customer;
  final Instant created;
  String packageName;
  /** Whether the caller used the deprecated single {@code package} field. */
  boolean singlePackageField;
  /** Consent emails sent (Send Consent User Move Email) while {@code pending_user_migration}. */
  int consentEmailsSent;
  private String createdText;

  SubscriberRecord(String id, String email, CustomerRecord customer, String packageName, boolean singlePackageField,
      Instant created) {
    this.id = id;
    this.personId = Ids.of("PEOPLE");
    this.email = email;
    this.customer = customer;
    this.packageName = packageName;
    this.singlePackageField = singlePackageField;
    this.created = created;
  }

  String createdText() {
    if (createdText == null) {
      createdText = SandboxJson.format(created.atOffset(ZoneOffset.UTC));
    }
    return createdText;
  }
}
