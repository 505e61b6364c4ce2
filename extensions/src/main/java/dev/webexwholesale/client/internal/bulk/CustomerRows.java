package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Customer rows: keyed by externalId, looked up with the list filter on it. */
public final class CustomerRows implements RowKind<CustomerProvisionRequest> {
  @Override
  public String key(CustomerProvisionRequest r) {
    return blank(r.getExternalId()) ? null : r.getExternalId();
  }

  @Override
  public String problem(CustomerProvisionRequest r) {
    List<String> missing = new ArrayList<>();
    if (blank(r.getProvisioningId())) {
      missing.add("provisioningId");
    }
    if (r.getPackages() == null || r.getPackages().isEmpty()) {
      missing.add("packages");
    }
    if (blank(r.getExternalId())) {
      missing.add("externalId");
    }
    if (r.getAddress() == null) {
      missing.add("address");
    }
    return missing.isEmpty() ? null : "missing required field" + (missing.size() > 1 ? "s " : " ")
        + String.join(", ", missing);
  }

  @Override
  public void precheck(WholesaleClient client, CustomerProvisionRequest r) {
    CustomerPrecheckRequest check = client.gson().fromJson(client.gson().toJsonTree(r), CustomerPrecheckRequest.class);
    client.customers().precheck(check);
  }

  @Override
  public Sent send(WholesaleClient client, CustomerProvisionRequest r) {
    ProvisioningAccepted accepted = client.customers().provision(r);
    return new Sent(accepted.id(), null, accepted.trackingId(), List.of());
  }

  @Override
  public Found lookup(WholesaleClient client, CustomerProvisionRequest r) {
    for (Customer c : client.customers().list(CustomerListParams.builder().externalId(r.getExternalId()).build())) {
      if (r.getExternalId().equals(c.getExternalId())) {
        return new Found(c.getId(), c.getStatus() == null ? null : c.getStatus().getValue(), List.of());
      }
    }
    return null;
  }

  @Override
  public Finished await(WholesaleClient client, String id, String statusSoFar, WaiterConfig config) {
    WaitOutcome<Customer> w = client.customers().awaitProvisioned(id, WaitOptions.of(config, null));
    List<BulkError> errors = new ArrayList<>();
    w.problems().forEach(p -> p.errors().forEach(e -> errors.add(Errors.of(e))));
    return new Finished(Waits.outcome(w.kind()), w.status().orElse(statusSoFar), errors,
        w.isSuccess() ? null : w.describe());
  }

  @Override
  public Finished withoutWait(String id, String status, List<BulkError> errors) {
    return new Finished(BulkOutcome.SUCCEEDED, status, errors, null);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static boolean empty(Collection<?> c) {
    return c == null || c.isEmpty();
  }
}
