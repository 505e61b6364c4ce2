package dev.webexwholesale.client;

import dev.webexwholesale.api.CustomersApi;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerList;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.ResourceUrl;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Wholesale customers. Every method throws a
 * {@link dev.webexwholesale.client.errors.WholesaleException} subtype when the call fails and
 * {@link IllegalArgumentException} (before sending anything) when the input is incomplete.
 */
public final class CustomersResource {
  private final CustomersApi api;
  private final Calls calls;

  CustomersResource(CustomersApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  public Customer get(String customerId) {
    Require.id(customerId, "customerId");
    return calls.execute(api.getCustomer(customerId, null)).body();
  }

  /**
   * Starts provisioning; Webex answers 202 at once. Requires provisioningId, packages,
   * externalId and address.
   */
  public ProvisioningAccepted provision(CustomerProvisionRequest request) {
    Require.request(request, "request");
    String op = "provision customer";
    Require.field(request.getProvisioningId(), op, "provisioningId");
    Require.field(request.getPackages(), op, "packages");
    Require.field(request.getExternalId(), op, "externalId");
    Require.field(request.getAddress(), op, "address");
    return accepted(calls.execute(api.provisionCustomer(request, null)), null);
  }

  /** Starts an update; Webex answers 202 and the customer goes through {@code updating}. */
  public ProvisioningAccepted update(String customerId, CustomerUpdateRequest request) {
    Require.id(customerId, "customerId");
    Require.request(request, "request");
    return accepted(calls.execute(api.updateCustomer(customerId, request, null)), customerId);
  }

  /** Starts the asynchronous removal; the customer answers 404 once it is gone. */
  public ProvisioningAccepted remove(String customerId) {
    Require.id(customerId, "customerId");
    Response<Void> response = calls.execute(api.removeCustomer(customerId, null));
    return ProvisioningAccepted.from(response.raw().request().url(), response.headers().get("Location"), null,
        response.headers().get("trackingid"), customerId);
  }

  public ProvisioningPreCheckResponse precheck(CustomerPrecheckRequest request) {
    Require.request(request, "request");
    return calls.execute(api.precheckCustomer(request, null)).body();
  }

  /** All matching customers, fetched page by page as the iteration advances. */
  public PagedIterable<Customer> list(CustomerListParams params) {
    Require.request(params, "params");
    return new PagedIterable<>(
        () -> calls.firstPage(listCall(params), CustomerList::getItems),
        url -> calls.nextPage(url, Calls.invocationOf(listCall(params)), CustomerList.class, CustomerList::getItems));
  }

  public PagedIterable<Customer> list() {
    return list(CustomerListParams.none());
  }

  /** Only the first page (size and start set by {@code max}/{@code offset}) and its next link. */
  public Page<Customer> listPage(CustomerListParams params) {
    Require.request(params, "params");
    return calls.firstPage(listCall(params), CustomerList::getItems);
  }

  private Call<CustomerList> listCall(CustomerListParams p) {
    return api.listCustomers(null, p.externalId(), p.orgId(), p.status(), p.offset(), p.max());
  }

  private static ProvisioningAccepted accepted(Response<ResourceUrl> response, String knownId) {
    ResourceUrl body = response.body();
    return ProvisioningAccepted.from(response.raw().request().url(), response.headers().get("Location"),
        body == null ? null : body.getUrl(), response.headers().get("trackingid"), knownId);
  }
}
