package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Subscriber rows: keyed by customer and e-mail, looked up by e-mail within the customer.
 * Provision answers 200 (done) or 202 with {@code pending_user_migration}: that status is a
 * hold needing the person's consent, whether or not the run waits.
 */
public final class SubscriberRows implements RowKind<SubscriberProvisionRequest> {
  static final String PENDING_USER_MIGRATION = "pending_user_migration";
  static final String PROVISIONED = "provisioned";
  static final String ERROR = "error";

  @Override
  public String key(SubscriberProvisionRequest r) {
    if (CustomerRows.blank(r.getCustomerId()) || CustomerRows.blank(r.getEmail())) {
      return null;
    }
    return r.getCustomerId() + "/" + r.getEmail().strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String problem(SubscriberProvisionRequest r) {
    Required q = new Required();
    q.check(r.getCustomerId(), "customerId");
    q.check(r.getEmail(), "email");
    q.check(r.getProvisioningParameters(), "provisioningParameters");
    String missing = q.problem();
    if (missing != null) {
      return missing;
    }
    // The documents accept a request without any package; only both fields at once is refused.
    if (r.getPackage() != null && !CustomerRows.empty(r.getPackages())) {
      return "set either package or packages, not both";
    }
    return null;
  }

  @Override
  public void precheck(WholesaleClient client, SubscriberProvisionRequest r) {
    SubscriberPrecheckRequest check = client.gson().fromJson(client.gson().toJsonTree(r),
        SubscriberPrecheckRequest.class);
    client.subscribers().precheck(check);
  }

  @Override
  public Sent send(WholesaleClient client, SubscriberProvisionRequest r) {
    Subscriber s = client.subscribers().provision(r);
    return new Sent(s.getId(), status(s), null, errors(s));
  }

  /**
   * Filters by email, then compares case-insensitively. The documents do not say whether Webex's
   * {@code email} filter ignores case; when the filter finds nothing, the customer's subscribers
   * are listed without it, so a resource stored as {@code Ann@x} is found for {@code ann@x}
   * either way (only reconciliation looks up, so the longer listing is rare).
   */
  @Override
  public Found lookup(WholesaleClient client, SubscriberProvisionRequest r) {
    String email = r.getEmail().strip();
    Found found = match(client.subscribers().list(
        SubscriberListParams.builder().customerId(r.getCustomerId()).email(email).build()), r, email);
    if (found == null) {
      found = match(client.subscribers().list(SubscriberListParams.builder().customerId(r.getCustomerId()).build()),
          r, email);
    }
    return found;
  }

  private static Found match(Iterable<Subscriber> subscribers, SubscriberProvisionRequest r, String email) {
    for (Subscriber s : subscribers) {
      if (s.getEmail() != null && s.getEmail().strip().equalsIgnoreCase(email)
          && (s.getCustomerId() == null || s.getCustomerId().equals(r.getCustomerId()))) {
        return new Found(s.getId(), status(s), errors(s));
      }
    }
    return null;
  }

  @Override
  public Found get(WholesaleClient client, String id) {
    try {
      Subscriber s = client.subscribers().get(id);
      return new Found(s.getId(), status(s), errors(s));
    } catch (NotFoundException e) {
      return null;
    }
  }

  @Override
  public Finished await(WholesaleClient client, String id, String statusSoFar, WaiterConfig config) {
    Finished known = settled(statusSoFar, List.of());
    if (known != null) {
      return known;
    }
    WaitOutcome<Subscriber> w = client.subscribers().awaitProvisioned(id, config, null);
    List<BulkError> errors = new ArrayList<>();
    w.resource().ifPresent(s -> errors.addAll(errors(s)));
    String status = w.status().orElse(statusSoFar);
    BulkOutcome outcome = PENDING_USER_MIGRATION.equals(status) ? BulkOutcome.ON_HOLD : Waits.outcome(w.kind());
    return new Finished(outcome, status, errors, outcome == BulkOutcome.SUCCEEDED ? null : w.describe(),
        w.refusedRetryAfter().orElse(null));
  }

  @Override
  public Finished withoutWait(String id, String status, List<BulkError> errors) {
    Finished known = settled(status, errors);
    return known != null ? known : new Finished(BulkOutcome.SUCCEEDED, status, errors, null);
  }

  /** The outcomes the provision answer already tells, without polling; null when it does not. */
  private static Finished settled(String status, List<BulkError> errors) {
    if (PENDING_USER_MIGRATION.equals(status)) {
      return new Finished(BulkOutcome.ON_HOLD, status, errors,
          "waits for the person to consent to moving their Webex account (pending_user_migration)");
    }
    if (ERROR.equals(status)) {
      return new Finished(BulkOutcome.FAILED, status, errors, "subscriber status is error");
    }
    if (PROVISIONED.equals(status)) {
      return new Finished(BulkOutcome.SUCCEEDED, status, errors, null);
    }
    return null;
  }

  private static String status(Subscriber s) {
    return s.getStatus() == null ? null : s.getStatus().getValue();
  }

  private static List<BulkError> errors(Subscriber s) {
    List<BulkError> out = new ArrayList<>();
    if (s.getErrors() != null) {
      s.getErrors().forEach(e -> out.add(Errors.of(e)));
    }
    return out;
  }
}
