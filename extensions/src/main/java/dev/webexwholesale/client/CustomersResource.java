package dev.webexwholesale.client;

import dev.webexwholesale.api.CustomersApi;
import dev.webexwholesale.client.waiter.Acceptor;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.model.CustomerStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerList;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.ResourceUrl;
import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Wholesale customers. Every method throws a
 * {@link dev.webexwholesale.client.errors.WholesaleException} subtype when the call fails and
 * {@link IllegalArgumentException} (before sending anything) when the input is incomplete.
 */
public final class CustomersResource {
  private final CustomersApi api;
  private final CallRunner calls;
  private final ResourcePolling waits;

  CustomersResource(CustomersApi api, CallRunner calls, ResourcePolling waits) {
    this.api = api;
    this.calls = calls;
    this.waits = waits;
  }

  public Customer get(String customerId) {
    return get(customerId, false);
  }

  /**
   * Reads the customer; with {@code includePackageLicenseInfo} true, each provisioned package of
   * {@code resourceDetails} also lists its {@code licenseIds}.
   */
  public Customer get(String customerId, boolean includePackageLicenseInfo) {
    Require.id(customerId, "customerId");
    return calls.executeWithBody(api.getCustomer(customerId, null, includePackageLicenseInfo ? Boolean.TRUE : null))
        .body();
  }

  /**
   * Starts provisioning; Webex answers 202 at once. Requires provisioningId, packages,
   * externalId and address (addressLine1, city, country), and inside the optional objects what
   * Webex marks required: customerInfo's name and primaryEmail, the calling location's name,
   * address, timezone and language.
   *
   * <p>The answer's {@link ProvisioningAccepted#id()} is null when Webex named no id; use
   * {@link ProvisioningAccepted#requireId()} to get it or a typed failure saying it was accepted.
   */
  public ProvisioningAccepted provision(CustomerProvisionRequest request) {
    Require.request(request, "request");
    String op = "provision customer";
    Require.field(request.getProvisioningId(), op, "provisioningId");
    Require.field(request.getPackages(), op, "packages");
    Require.field(request.getExternalId(), op, "externalId");
    Require.field(request.getAddress(), op, "address");
    Require.address(request.getAddress(), op, "address");
    if (request.getCustomerInfo() != null) {
      Require.field(request.getCustomerInfo().getName(), op, "customerInfo.name");
      Require.field(request.getCustomerInfo().getPrimaryEmail(), op, "customerInfo.primaryEmail");
    }
    Require.provisioningParameters(request.getProvisioningParameters(), op);
    return accepted(calls.execute(api.provisionCustomer(request, null)), null);
  }

  /**
   * Starts an update; Webex answers 202 and the customer goes through {@code updating}. Requires
   * packages (the complete list: a package left out is removed).
   */
  public ProvisioningAccepted update(String customerId, CustomerUpdateRequest request) {
    Require.id(customerId, "customerId");
    Require.request(request, "request");
    String op = "update customer";
    Require.field(request.getPackages(), op, "packages");
    Require.address(request.getAddress(), op, "address");
    Require.provisioningParameters(request.getProvisioningParameters(), op);
    return accepted(calls.execute(api.updateCustomer(customerId, request, null)), customerId);
  }

  /** Starts the asynchronous removal; the customer answers 404 once it is gone. */
  public ProvisioningAccepted remove(String customerId) {
    Require.id(customerId, "customerId");
    Response<Void> response = calls.execute(api.removeCustomer(customerId, null));
    return ProvisioningAccepted.from(response.raw().request().url(), response.headers().get("Location"), null,
        response.headers().get("trackingid"), customerId);
  }

  /** Requires address (addressLine1, city, country); customerInfo, when sent, needs primaryEmail. */
  public ProvisioningPreCheckResponse precheck(CustomerPrecheckRequest request) {
    Require.request(request, "request");
    String op = "precheck customer";
    Require.field(request.getAddress(), op, "address");
    Require.address(request.getAddress(), op, "address");
    if (request.getCustomerInfo() != null) {
      Require.field(request.getCustomerInfo().getPrimaryEmail(), op, "customerInfo.primaryEmail");
    }
    Require.provisioningParameters(request.getProvisioningParameters(), op);
    return calls.executeWithBody(api.precheckCustomer(request, null)).body();
  }

  /** All matching customers, fetched page by page as the iteration advances. */
  public PagedIterable<Customer> list(CustomerListParams params) {
    Require.request(params, "params");
    return new PagedIterable<>(
        () -> calls.firstPage(listCall(params), CustomerList::getItems),
        url -> calls.nextPage(url, CallRunner.invocationOf(listCall(params)), CustomerList.class, CustomerList::getItems));
  }

  public PagedIterable<Customer> list() {
    return list(CustomerListParams.none());
  }

  /** Only the first page (size and start set by {@code max}/{@code offset}) and its next link. */
  public Page<Customer> listPage(CustomerListParams params) {
    Require.request(params, "params");
    return calls.firstPage(listCall(params), CustomerList::getItems);
  }

  /**
   * Polls the customer until provisioning ends: {@code provisioned} succeeds,
   * {@code error}/{@code provisioned_with_errors} fail with each package's problems,
   * {@code pending_rpl_review} is a hold; past the configured max time the outcome is a
   * timeout carrying the last customer seen. Use {@link WaitOutcome#orThrow()} to get the
   * customer or a typed exception.
   */
  public WaitOutcome<Customer> awaitProvisioned(String customerId) {
    return awaitProvisioned(customerId, null, null);
  }

  /** As {@link #awaitProvisioned(String)}; null config or listener means the client's defaults. */
  public WaitOutcome<Customer> awaitProvisioned(String customerId, WaiterConfig config, ProgressListener listener) {
    Require.id(customerId, "customerId");
    return waits.waiters().awaitCustomerProvisioned(waits.poller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  public CompletableFuture<WaitOutcome<Customer>> awaitProvisionedAsync(String customerId) {
    return awaitProvisionedAsync(customerId, null, null);
  }

  public CompletableFuture<WaitOutcome<Customer>> awaitProvisionedAsync(String customerId, WaiterConfig config,
      ProgressListener listener) {
    Require.id(customerId, "customerId");
    return waits.waiters().awaitCustomerProvisionedAsync(waits.poller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  /** Polls a removed customer until it answers 404 (success); {@code error} fails. */
  public WaitOutcome<Customer> awaitRemoved(String customerId) {
    return awaitRemoved(customerId, null, null);
  }

  public WaitOutcome<Customer> awaitRemoved(String customerId, WaiterConfig config, ProgressListener listener) {
    Require.id(customerId, "customerId");
    return waits.waiters().awaitCustomerRemoved(waits.removalPoller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  /** Provisions, then waits as {@link #awaitProvisioned(String)} does. The POST is sent once. */
  public WaitOutcome<Customer> provisionAndWait(CustomerProvisionRequest request) {
    return provisionAndWait(request, null, null);
  }

  public WaitOutcome<Customer> provisionAndWait(CustomerProvisionRequest request, WaiterConfig config,
      ProgressListener listener) {
    String id = provision(request).requireId();
    // Webex may answer 404 for a moment right after the 202: not a failure until the grace ends.
    long graceEnd = waits.time().nanoTime() + NOT_YET_VISIBLE_GRACE.toNanos();
    Acceptor<Customer> notYetVisible = Acceptor.of(
        p -> p.isGone() && waits.time().nanoTime() - graceEnd < 0, WaitState.RETRY, "404 right after the 202");
    return waits.waiters().customerProvisioned().withAcceptorsFirst(List.of(notYetVisible))
        .await(waits.goneOn404(() -> api.getCustomer(id, null, null)), config, listener);
  }

  /**
   * Updates, then waits until the update is done. Right after the 202 a read may still show the
   * customer as it was ({@code provisioned}): that only counts once the update was seen
   * ({@code updating}) or {@value #UPDATE_GRACE_SECONDS} s have passed.
   */
  public WaitOutcome<Customer> updateAndWait(String customerId, CustomerUpdateRequest request, WaiterConfig config,
      ProgressListener listener) {
    update(customerId, request);
    AtomicBoolean seen = new AtomicBoolean();
    long graceEnd = waits.time().nanoTime() + Duration.ofSeconds(UPDATE_GRACE_SECONDS).toNanos();
    Acceptor<Customer> updateSeen = Acceptor.onResource(c -> {
      if (CustomerStatus.UPDATING.equals(c.getStatus())) {
        seen.set(true);
      }
      return false; // only observes
    }, WaitState.RETRY, "updating seen");
    Acceptor<Customer> notYetVisible = Acceptor.onResource(
        c -> !seen.get() && waits.time().nanoTime() - graceEnd < 0 && !CustomerStatus.ERROR.equals(c.getStatus()),
        WaitState.RETRY, "update not visible yet");
    return waits.waiters().customerProvisioned().withAcceptorsFirst(List.of(updateSeen, notYetVisible))
        .await(waits.poller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  /** How long after an update's 202 an unchanged customer is taken as "not updated yet". */
  public static final long UPDATE_GRACE_SECONDS = 30;
  /** How long after a provision's 202 a 404 is taken as "not visible yet". */
  public static final Duration NOT_YET_VISIBLE_GRACE = Duration.ofSeconds(30);

  /** Removes, then waits until the customer answers 404. */
  public WaitOutcome<Customer> removeAndWait(String customerId, WaiterConfig config, ProgressListener listener) {
    remove(customerId);
    return awaitRemoved(customerId, config, listener);
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
