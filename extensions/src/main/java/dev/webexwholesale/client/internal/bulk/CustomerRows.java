package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.client.errors.NotFoundException;
import dev.webexwholesale.client.waiter.CustomerAcceptors;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.CallingLocation;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerInfo;
import dev.webexwholesale.model.CustomerProvisioningParameters;
import dev.webexwholesale.model.CustomerStatus;
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
    Required q = new Required();
    q.check(r.getProvisioningId(), "provisioningId");
    q.check(r.getPackages(), "packages");
    q.check(r.getExternalId(), "externalId");
    address(q, r.getAddress(), "address", true);
    CustomerInfo info = r.getCustomerInfo();
    if (info != null) {
      q.check(info.getName(), "customerInfo.name");
      q.check(info.getPrimaryEmail(), "customerInfo.primaryEmail");
    }
    CustomerProvisioningParameters parameters = r.getProvisioningParameters();
    if (parameters != null && parameters.getCalling() != null) {
      String path = "provisioningParameters.calling.location";
      CallingLocation location = parameters.getCalling().getLocation();
      if (q.check(location, path)) {
        q.check(location.getName(), path + ".name");
        address(q, location.getAddress(), path + ".address", true);
        q.check(location.getTimezone(), path + ".timezone");
        q.check(location.getLanguage(), path + ".language");
      }
    }
    return q.problem();
  }

  private static void address(Required q, Address a, String path, boolean required) {
    if (a == null) {
      if (required) {
        q.check(null, path);
      }
      return;
    }
    q.check(a.getAddressLine1(), path + ".addressLine1");
    q.check(a.getCity(), path + ".city");
    q.check(a.getCountry(), path + ".country");
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
        return found(c);
      }
    }
    return null;
  }

  @Override
  public Found get(WholesaleClient client, String id) {
    Customer c;
    try {
      c = client.customers().get(id);
    } catch (NotFoundException e) {
      return null;
    }
    return found(c);
  }

  private static Found found(Customer c) {
    List<BulkError> errors = new ArrayList<>();
    CustomerAcceptors.problems(c).forEach(p -> p.errors().forEach(e -> errors.add(Errors.of(e))));
    return new Found(c.getId(), c.getStatus() == null ? null : c.getStatus().getValue(), errors);
  }

  @Override
  public Finished await(WholesaleClient client, String id, String statusSoFar, WaiterConfig config) {
    WaitOutcome<Customer> w = client.customers().awaitProvisioned(id, WaitOptions.of(config, null));
    List<BulkError> errors = new ArrayList<>();
    w.problems().forEach(p -> p.errors().forEach(e -> errors.add(Errors.of(e))));
    return new Finished(Waits.outcome(w.kind()), w.status().orElse(statusSoFar), errors,
        w.isSuccess() ? null : w.describe(),
        w.refusedRetryAfter().orElse(null));
  }

  @Override
  public Finished withoutWait(String id, String status, List<BulkError> errors) {
    if (status == null) {
      return new Finished(BulkOutcome.SUCCEEDED, null, errors, null); // accepted (202), nothing more known
    }
    switch (CustomerAcceptors.classify(CustomerStatus.fromValue(status))) {
      case FAILURE:
        return new Finished(BulkOutcome.FAILED, status, errors, "customer status is " + status);
      case HOLD:
        return new Finished(BulkOutcome.ON_HOLD, status, errors, "customer status is " + status
            + ": " + CustomerAcceptors.RPL_REMEDY);
      default:
        // provisioned, or still provisioning: Webex accepted it, which is success without --wait
        return new Finished(BulkOutcome.SUCCEEDED, status, errors, null);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static boolean empty(Collection<?> c) {
    return c == null || c.isEmpty();
  }
}
