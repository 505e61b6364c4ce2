package dev.webexwholesale.client;

import dev.webexwholesale.api.CustomersApi;
import dev.webexwholesale.client.waiter.Acceptor;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.client.waiter.Waiter;
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
import retrofit2.Invocation;
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

  /**
   * Reads the customer.
   *
   * @param customerId the customer's id
   * @return the customer
   */
  public Customer get(String customerId) {
    return get(customerId, false, null);
  }

  /**
   * Reads the customer with this call's own options.
   *
   * @param customerId the customer's id
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the customer
   */
  public Customer get(String customerId, RequestOptions options) {
    return get(customerId, false, options);
  }

  /**
   * Reads the customer; with {@code includePackageLicenseInfo} true, each provisioned package of
   * {@code resourceDetails} also lists its {@code licenseIds}.
   *
   * @param customerId the customer's id
   * @param includePackageLicenseInfo whether packages list their license ids
   * @return the customer
   */
  public Customer get(String customerId, boolean includePackageLicenseInfo) {
    return get(customerId, includePackageLicenseInfo, null);
  }

  /**
   * As {@link #get(String, boolean)} with this call's own options.
   *
   * @param customerId the customer's id
   * @param includePackageLicenseInfo whether packages list their license ids
   * @param options this call's options (null: none)
   * @return the customer
   */
  public Customer get(String customerId, boolean includePackageLicenseInfo, RequestOptions options) {
    Require.id(customerId, "customerId");
    return calls.executeWithBody(getCall(customerId, includePackageLicenseInfo), options).body();
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param customerId the customer's id
   * @return the customer, or the typed failure
   */
  public CompletableFuture<Customer> getAsync(String customerId) {
    return getAsync(customerId, false, null);
  }

  /**
   * {@link #get(String, RequestOptions)} without blocking.
   *
   * @param customerId the customer's id
   * @param options this call's options (null: none)
   * @return the customer, or the typed failure
   */
  public CompletableFuture<Customer> getAsync(String customerId, RequestOptions options) {
    return getAsync(customerId, false, options);
  }

  /**
   * {@link #get(String, boolean, RequestOptions)} without blocking.
   *
   * @param customerId the customer's id
   * @param includePackageLicenseInfo whether packages list their license ids
   * @param options this call's options (null: none)
   * @return the customer, or the typed failure
   */
  public CompletableFuture<Customer> getAsync(String customerId, boolean includePackageLicenseInfo,
      RequestOptions options) {
    Require.id(customerId, "customerId");
    return calls.executeWithBodyAsync(getCall(customerId, includePackageLicenseInfo), options);
  }

  /**
   * Starts provisioning; Webex answers 202 at once. Requires provisioningId, packages,
   * externalId and address (addressLine1, city, country), and inside the optional objects what
   * Webex marks required: customerInfo's name and primaryEmail, the calling location's name,
   * address, timezone and language.
   *
   * <p>The answer's {@link ProvisioningAccepted#id()} is null when Webex named no id; use
   * {@link ProvisioningAccepted#requireId()} to get it or a typed failure saying it was accepted.
   * The POST is never replayed once it may have been processed.
   *
   * @param request the customer to provision
   * @return what Webex accepted
   */
  public ProvisioningAccepted provision(CustomerProvisionRequest request) {
    return provision(request, null);
  }

  /**
   * As {@link #provision(CustomerProvisionRequest)} with this call's own options.
   *
   * @param request the customer to provision
   * @param options this call's options (null: none)
   * @return what Webex accepted
   */
  public ProvisioningAccepted provision(CustomerProvisionRequest request, RequestOptions options) {
    checkProvision(request);
    return accepted(calls.execute(api.provisionCustomer(request, null), options), null);
  }

  /**
   * {@link #provision(CustomerProvisionRequest)} without blocking; the input is checked at once.
   *
   * @param request the customer to provision
   * @return what Webex accepted, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> provisionAsync(CustomerProvisionRequest request) {
    return provisionAsync(request, null);
  }

  /**
   * {@link #provision(CustomerProvisionRequest, RequestOptions)} without blocking.
   *
   * @param request the customer to provision
   * @param options this call's options (null: none)
   * @return what Webex accepted, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> provisionAsync(CustomerProvisionRequest request,
      RequestOptions options) {
    checkProvision(request);
    return calls.executeAsync(api.provisionCustomer(request, null), options, r -> accepted(r, null));
  }

  private static void checkProvision(CustomerProvisionRequest request) {
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
  }

  /**
   * Starts an update; Webex answers 202 and the customer goes through {@code updating}. Requires
   * packages (the complete list: a package left out is removed).
   *
   * @param customerId the customer's id
   * @param request the update
   * @return what Webex accepted
   */
  public ProvisioningAccepted update(String customerId, CustomerUpdateRequest request) {
    return update(customerId, request, (RequestOptions) null);
  }

  /**
   * As {@link #update(String, CustomerUpdateRequest)} with this call's own options.
   *
   * @param customerId the customer's id
   * @param request the update
   * @param options this call's options (null: none)
   * @return what Webex accepted
   */
  public ProvisioningAccepted update(String customerId, CustomerUpdateRequest request, RequestOptions options) {
    checkUpdate(customerId, request);
    return accepted(calls.execute(api.updateCustomer(customerId, request, null), options), customerId);
  }

  /**
   * {@link #update(String, CustomerUpdateRequest)} without blocking.
   *
   * @param customerId the customer's id
   * @param request the update
   * @return what Webex accepted, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> updateAsync(String customerId, CustomerUpdateRequest request) {
    return updateAsync(customerId, request, null);
  }

  /**
   * {@link #update(String, CustomerUpdateRequest, RequestOptions)} without blocking.
   *
   * @param customerId the customer's id
   * @param request the update
   * @param options this call's options (null: none)
   * @return what Webex accepted, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> updateAsync(String customerId, CustomerUpdateRequest request,
      RequestOptions options) {
    checkUpdate(customerId, request);
    return calls.executeAsync(api.updateCustomer(customerId, request, null), options, r -> accepted(r, customerId));
  }

  private static void checkUpdate(String customerId, CustomerUpdateRequest request) {
    Require.id(customerId, "customerId");
    Require.request(request, "request");
    String op = "update customer";
    Require.field(request.getPackages(), op, "packages");
    Require.address(request.getAddress(), op, "address");
    Require.provisioningParameters(request.getProvisioningParameters(), op);
  }

  /**
   * Starts the asynchronous removal; the customer answers 404 once it is gone.
   *
   * @param customerId the customer's id
   * @return what Webex accepted
   */
  public ProvisioningAccepted remove(String customerId) {
    return remove(customerId, (RequestOptions) null);
  }

  /**
   * As {@link #remove(String)} with this call's own options.
   *
   * @param customerId the customer's id
   * @param options this call's options (null: none)
   * @return what Webex accepted
   */
  public ProvisioningAccepted remove(String customerId, RequestOptions options) {
    Require.id(customerId, "customerId");
    return removed(calls.execute(api.removeCustomer(customerId, null), options), customerId);
  }

  /**
   * {@link #remove(String)} without blocking.
   *
   * @param customerId the customer's id
   * @return what Webex accepted, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> removeAsync(String customerId) {
    return removeAsync(customerId, null);
  }

  /**
   * {@link #remove(String, RequestOptions)} without blocking.
   *
   * @param customerId the customer's id
   * @param options this call's options (null: none)
   * @return what Webex accepted, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> removeAsync(String customerId, RequestOptions options) {
    Require.id(customerId, "customerId");
    return calls.executeAsync(api.removeCustomer(customerId, null), options, r -> removed(r, customerId));
  }

  private static ProvisioningAccepted removed(Response<Void> response, String customerId) {
    return ProvisioningAccepted.from(response.raw().request().url(), response.headers().get("Location"), null,
        response.headers().get("trackingid"), customerId);
  }

  /**
   * Checks whether a customer could be provisioned. Requires address (addressLine1, city,
   * country); customerInfo, when sent, needs primaryEmail.
   *
   * @param request what to check
   * @return Webex's verdict
   */
  public ProvisioningPreCheckResponse precheck(CustomerPrecheckRequest request) {
    return precheck(request, null);
  }

  /**
   * As {@link #precheck(CustomerPrecheckRequest)} with this call's own options.
   *
   * @param request what to check
   * @param options this call's options (null: none)
   * @return Webex's verdict
   */
  public ProvisioningPreCheckResponse precheck(CustomerPrecheckRequest request, RequestOptions options) {
    checkPrecheck(request);
    return calls.executeWithBody(api.precheckCustomer(request, null), options).body();
  }

  /**
   * {@link #precheck(CustomerPrecheckRequest)} without blocking.
   *
   * @param request what to check
   * @return Webex's verdict, or the typed failure
   */
  public CompletableFuture<ProvisioningPreCheckResponse> precheckAsync(CustomerPrecheckRequest request) {
    return precheckAsync(request, null);
  }

  /**
   * {@link #precheck(CustomerPrecheckRequest, RequestOptions)} without blocking.
   *
   * @param request what to check
   * @param options this call's options (null: none)
   * @return Webex's verdict, or the typed failure
   */
  public CompletableFuture<ProvisioningPreCheckResponse> precheckAsync(CustomerPrecheckRequest request,
      RequestOptions options) {
    checkPrecheck(request);
    return calls.executeWithBodyAsync(api.precheckCustomer(request, null), options);
  }

  private static void checkPrecheck(CustomerPrecheckRequest request) {
    Require.request(request, "request");
    String op = "precheck customer";
    Require.field(request.getAddress(), op, "address");
    Require.address(request.getAddress(), op, "address");
    if (request.getCustomerInfo() != null) {
      Require.field(request.getCustomerInfo().getPrimaryEmail(), op, "customerInfo.primaryEmail");
    }
    Require.provisioningParameters(request.getProvisioningParameters(), op);
  }

  /**
   * All matching customers, fetched page by page as the iteration advances.
   *
   * @param params filters, page size ({@code max}) and start ({@code offset})
   * @return the customers, lazily
   */
  public PagedIterable<Customer> list(CustomerListParams params) {
    return list(params, null);
  }

  /**
   * As {@link #list(CustomerListParams)}; every page is fetched with this call's options.
   *
   * @param params filters, page size and start
   * @param options the options of every page's call (null: none)
   * @return the customers, lazily
   */
  public PagedIterable<Customer> list(CustomerListParams params, RequestOptions options) {
    Require.request(params, "params");
    return new PagedIterable<>(() -> listPage(params, options), url -> page(url, options));
  }

  /**
   * All customers.
   *
   * @return the customers, lazily
   */
  public PagedIterable<Customer> list() {
    return list(CustomerListParams.none());
  }

  /**
   * The customers from the page at {@code nextUrl} on: a restarted job resumes where it stopped.
   *
   * @param nextUrl a {@link Page#nextUrl()} of this client's origin
   * @param options the options of every page's call (null: none)
   * @return the customers from that page on, lazily
   */
  public PagedIterable<Customer> listFrom(String nextUrl, RequestOptions options) {
    return new PagedIterable<>(() -> page(nextUrl, options), url -> page(url, options));
  }

  /**
   * Only the first page (size and start set by {@code max}/{@code offset}) and its next link.
   *
   * @param params filters, page size and start
   * @return the page
   */
  public Page<Customer> listPage(CustomerListParams params) {
    return listPage(params, null);
  }

  /**
   * As {@link #listPage(CustomerListParams)} with this call's own options.
   *
   * @param params filters, page size and start
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<Customer> listPage(CustomerListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPage(listCall(params), CustomerList::getItems, options);
  }

  /**
   * {@link #listPage(CustomerListParams)} without blocking.
   *
   * @param params filters, page size and start
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Customer>> listPageAsync(CustomerListParams params) {
    return listPageAsync(params, null);
  }

  /**
   * {@link #listPage(CustomerListParams, RequestOptions)} without blocking.
   *
   * @param params filters, page size and start
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Customer>> listPageAsync(CustomerListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPageAsync(listCall(params), CustomerList::getItems, options);
  }

  /**
   * The page at a next link, so a stateless UI can fetch page N+1 from what page N returned.
   * The URL is followed as given (it carries the filters) and must be on the client's origin.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @return the page
   * @throws dev.webexwholesale.client.errors.ForeignNextLinkException when the URL is on another
   *     origin (nothing is sent)
   */
  public Page<Customer> page(String nextUrl) {
    return page(nextUrl, null);
  }

  /**
   * As {@link #page(String)} with this call's own options.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<Customer> page(String nextUrl, RequestOptions options) {
    return calls.nextPage(nextUrl, listInvocation(), CustomerList.class, CustomerList::getItems, options);
  }

  /**
   * {@link #page(String)} without blocking; a foreign URL throws at once.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Customer>> pageAsync(String nextUrl) {
    return pageAsync(nextUrl, null);
  }

  /**
   * {@link #page(String, RequestOptions)} without blocking; a foreign URL throws at once.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Customer>> pageAsync(String nextUrl, RequestOptions options) {
    return calls.nextPageAsync(nextUrl, listInvocation(), CustomerList.class, CustomerList::getItems, options);
  }

  /**
   * Polls the customer until provisioning ends: {@code provisioned} succeeds,
   * {@code error}/{@code provisioned_with_errors} fail with each package's problems,
   * {@code pending_rpl_review} is a hold; past the configured max time the outcome is a
   * timeout carrying the last customer seen. Use {@link WaitOutcome#orThrow()} to get the
   * customer or a typed exception. Polls carry this view's options.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitProvisioned(String customerId) {
    return awaitProvisioned(customerId, null, null);
  }

  /**
   * As {@link #awaitProvisioned(String)}; null config or listener means the client's defaults.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitProvisioned(String customerId, WaiterConfig config, ProgressListener listener) {
    Require.id(customerId, "customerId");
    return waits.waiters().awaitCustomerProvisioned(waits.poller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  /**
   * {@link #awaitProvisioned(String)} without blocking: polls run on the client's scheduler;
   * cancelling the future stops the wait.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitProvisionedAsync(String customerId) {
    return awaitProvisionedAsync(customerId, null, null);
  }

  /**
   * {@link #awaitProvisioned(String, WaiterConfig, ProgressListener)} without blocking.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitProvisionedAsync(String customerId, WaiterConfig config,
      ProgressListener listener) {
    Require.id(customerId, "customerId");
    return waits.waiters().awaitCustomerProvisionedAsync(waits.poller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  /**
   * Polls a removed customer until it answers 404 (success); {@code error} fails.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitRemoved(String customerId) {
    return awaitRemoved(customerId, null, null);
  }

  /**
   * As {@link #awaitRemoved(String)}; null config or listener means the client's defaults.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitRemoved(String customerId, WaiterConfig config, ProgressListener listener) {
    Require.id(customerId, "customerId");
    return waits.waiters().awaitCustomerRemoved(waits.removalPoller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  /**
   * {@link #awaitRemoved(String)} without blocking; cancelling the future stops the wait.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitRemovedAsync(String customerId) {
    return awaitRemovedAsync(customerId, null, null);
  }

  /**
   * {@link #awaitRemoved(String, WaiterConfig, ProgressListener)} without blocking.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitRemovedAsync(String customerId, WaiterConfig config,
      ProgressListener listener) {
    Require.id(customerId, "customerId");
    return waits.waiters().awaitCustomerRemovedAsync(
        waits.removalPoller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  /**
   * Provisions, then waits as {@link #awaitProvisioned(String)} does. The POST is sent once.
   *
   * @param request the customer to provision
   * @return how the wait ended
   */
  public WaitOutcome<Customer> provisionAndWait(CustomerProvisionRequest request) {
    return provisionAndWait(request, null, null);
  }

  /**
   * As {@link #provisionAndWait(CustomerProvisionRequest)}; a 404 in the first
   * {@link #NOT_YET_VISIBLE_GRACE} after the 202 means "not visible yet".
   *
   * @param request the customer to provision
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Customer> provisionAndWait(CustomerProvisionRequest request, WaiterConfig config,
      ProgressListener listener) {
    return awaitAfterProvision(provision(request).requireId(), config, listener);
  }

  /**
   * The wait of {@link #provisionAndWait}, for a caller that sent the provision itself (to keep
   * its {@link ProvisioningAccepted}): call it right after the 202. A 404 within
   * {@link #NOT_YET_VISIBLE_GRACE} of this call means "not visible yet", not a failure.
   *
   * @param customerId the id the provision's answer named
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitAfterProvision(String customerId, WaiterConfig config, ProgressListener listener) {
    Require.id(customerId, "customerId");
    return provisionedWaiter().await(waits.goneOn404(() -> api.getCustomer(customerId, null, null)), config,
        listener);
  }

  /**
   * {@link #provisionAndWait(CustomerProvisionRequest)} without blocking.
   *
   * @param request the customer to provision
   * @return how the wait ended, or the provision's typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> provisionAndWaitAsync(CustomerProvisionRequest request) {
    return provisionAndWaitAsync(request, null, null);
  }

  /**
   * {@link #provisionAndWait(CustomerProvisionRequest, WaiterConfig, ProgressListener)} without
   * blocking: the POST is sent asynchronously (once), then the wait runs on the client's
   * scheduler. Cancelling the future cancels the step running.
   *
   * @param request the customer to provision
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended, or the provision's typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> provisionAndWaitAsync(CustomerProvisionRequest request,
      WaiterConfig config, ProgressListener listener) {
    return AsyncSteps.then(provisionAsync(request), accepted -> {
      String id = accepted.requireId();
      return provisionedWaiter().awaitAsync(waits.goneOn404(() -> api.getCustomer(id, null, null)), config, listener,
          null);
    });
  }

  /** Webex may answer 404 for a moment right after the 202: not a failure until the grace ends. */
  private Waiter<Customer> provisionedWaiter() {
    long graceEnd = waits.time().nanoTime() + NOT_YET_VISIBLE_GRACE.toNanos();
    Acceptor<Customer> notYetVisible = Acceptor.of(
        p -> p.isGone() && waits.time().nanoTime() - graceEnd < 0, WaitState.RETRY, "404 right after the 202");
    return waits.waiters().customerProvisioned().withAcceptorsFirst(List.of(notYetVisible));
  }

  /**
   * Updates, then waits until the update is done. Right after the 202 a read may still show the
   * customer as it was ({@code provisioned}): that only counts once the update was seen
   * ({@code updating}) or {@value #UPDATE_GRACE_SECONDS} s have passed.
   *
   * @param customerId the customer's id
   * @param request the update
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Customer> updateAndWait(String customerId, CustomerUpdateRequest request, WaiterConfig config,
      ProgressListener listener) {
    update(customerId, request);
    return awaitAfterUpdate(customerId, config, listener);
  }

  /**
   * The wait of {@link #updateAndWait}, for a caller that sent the update itself: call it right
   * after the 202. A read still showing the customer as it was counts only once the update was
   * seen ({@code updating}) or {@value #UPDATE_GRACE_SECONDS} s after this call.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitAfterUpdate(String customerId, WaiterConfig config, ProgressListener listener) {
    Require.id(customerId, "customerId");
    return updatedWaiter().await(waits.poller(() -> api.getCustomer(customerId, null, null)), config, listener);
  }

  /**
   * {@link #updateAndWait} without blocking; cancelling the future cancels the step running.
   *
   * @param customerId the customer's id
   * @param request the update
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended, or the update's typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> updateAndWaitAsync(String customerId, CustomerUpdateRequest request,
      WaiterConfig config, ProgressListener listener) {
    return AsyncSteps.then(updateAsync(customerId, request), accepted -> updatedWaiter()
        .awaitAsync(waits.poller(() -> api.getCustomer(customerId, null, null)), config, listener, null));
  }

  /** Judges reads after an update's 202; the grace starts when this is called. */
  private Waiter<Customer> updatedWaiter() {
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
    return waits.waiters().customerProvisioned().withAcceptorsFirst(List.of(updateSeen, notYetVisible));
  }

  /** How long after an update's 202 an unchanged customer is taken as "not updated yet". */
  public static final long UPDATE_GRACE_SECONDS = 30;
  /** How long after a provision's 202 a 404 is taken as "not visible yet". */
  public static final Duration NOT_YET_VISIBLE_GRACE = Duration.ofSeconds(30);

  /**
   * Removes, then waits until the customer answers 404.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Customer> removeAndWait(String customerId, WaiterConfig config, ProgressListener listener) {
    remove(customerId);
    return awaitRemoved(customerId, config, listener);
  }

  /**
   * {@link #removeAndWait} without blocking; cancelling the future cancels the step running.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended, or the removal's typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> removeAndWaitAsync(String customerId, WaiterConfig config,
      ProgressListener listener) {
    return AsyncSteps.then(removeAsync(customerId), accepted -> awaitRemovedAsync(customerId, config, listener));
  }

  /** The list operation's Retrofit invocation: tells the interceptors what a next-page call is. */
  private Invocation listInvocation() {
    return CallRunner.invocationOf(listCall(CustomerListParams.none()));
  }

  private Call<Customer> getCall(String customerId, boolean includePackageLicenseInfo) {
    return api.getCustomer(customerId, null, includePackageLicenseInfo ? Boolean.TRUE : null);
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
