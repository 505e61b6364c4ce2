/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.api.CustomersApi;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.client.waiter.Waiter;
import dev.webexwholesale.model.*;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * The {@code customers} operations: {@code client.customers()}. Every method throws a
 * {@link dev.webexwholesale.client.errors.WholesaleException} subtype when the call fails and
 * {@link IllegalArgumentException} (before sending anything) when the input is incomplete; every
 * asynchronous twin completes with the same exception instead.
 */
@SuppressWarnings({"unused", "deprecation"})
public final class CustomersResource extends CustomersLegacy {
  private final CustomersApi api;
  private final CallRunner calls;
  private final ResourcePolling waits;

  CustomersResource(CustomersApi api, CallRunner calls, ResourcePolling waits) {
    this.api = api;
    this.calls = calls;
    this.waits = waits;
  }

  /**
   * Get a Wholesale Customer.
   *
   * @param customerId A unique identifier for the customer in question.
   * @return the answer
   */
  public Customer get(String customerId) {
    return get(customerId, CustomerGetParams.none(), (RequestOptions) null);
  }

  /**
   * Get a Wholesale Customer. With this call's own options.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public Customer get(String customerId, RequestOptions options) {
    return get(customerId, CustomerGetParams.none(), options);
  }

  /**
   * Get a Wholesale Customer. With optional query parameters.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param params the optional query parameters
   * @return the answer
   */
  public Customer get(String customerId, CustomerGetParams params) {
    return get(customerId, params, (RequestOptions) null);
  }

  /**
   * Get a Wholesale Customer. With optional query parameters and this call's own options.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param params the optional query parameters
   * @param options this call's options (null: none)
   * @return the answer
   */
  public Customer get(String customerId, CustomerGetParams params, RequestOptions options) {
    Require.id(customerId, "customerId");
    Require.request(params, "params");
    return calls.executeWithBody(api.getCustomer(customerId, null, params.includePackageLicenseInfo()), options).body();
  }

  /**
   * {@link #get} without blocking; the input is checked at once.
   *
   * @param customerId A unique identifier for the customer in question.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Customer> getAsync(String customerId) {
    return getAsync(customerId, CustomerGetParams.none(), (RequestOptions) null);
  }

  /**
   * {@link #get} with this call's own options, without blocking.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Customer> getAsync(String customerId, RequestOptions options) {
    return getAsync(customerId, CustomerGetParams.none(), options);
  }

  /**
   * {@link #get} with optional query parameters, without blocking.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param params the optional query parameters
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Customer> getAsync(String customerId, CustomerGetParams params) {
    return getAsync(customerId, params, (RequestOptions) null);
  }

  /**
   * {@link #get} with optional query parameters and this call's own options, without blocking.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param params the optional query parameters
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Customer> getAsync(String customerId, CustomerGetParams params,
      RequestOptions options) {
    Require.id(customerId, "customerId");
    Require.request(params, "params");
    return calls.executeWithBodyAsync(api.getCustomer(customerId, null, params.includePackageLicenseInfo()), options);
  }

  /**
   * List Wholesale Customers. Every matching item, fetched page by page as the iteration advances.
   *
   * @param params filters, page size ({@code max}) and start ({@code offset})
   * @return the items, lazily
   */
  public PagedIterable<Customer> list(CustomerListParams params) {
    return list(params, null);
  }

  /**
   * As {@link #list(CustomerListParams)}; every page is fetched with this call's options.
   *
   * @param params filters, page size and start
   * @param options the options of every page's call (null: none)
   * @return the items, lazily
   */
  public PagedIterable<Customer> list(CustomerListParams params, RequestOptions options) {
    Require.request(params, "params");
    return new PagedIterable<>(() -> listPage(params, options), url -> page(url, options));
  }

  /**
   * Every item, unfiltered.
   *
   * @return the items, lazily
   */
  public PagedIterable<Customer> list() {
    return list(CustomerListParams.none());
  }

  /**
   * The items from the page at {@code nextUrl} on: a restarted job resumes where it stopped.
   *
   * @param nextUrl a {@link Page#nextUrl()} of this client's origin
   * @param options the options of every page's call (null: none)
   * @return the items from that page on, lazily
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
    return calls.firstPage(api.listCustomers(null, params.externalId(), params.orgId(), params.status(), params.offset(), params.max()), CustomerList::getItems, options);
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
  public CompletableFuture<Page<Customer>> listPageAsync(CustomerListParams params,
      RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPageAsync(api.listCustomers(null, params.externalId(), params.orgId(), params.status(), params.offset(), params.max()), CustomerList::getItems, options);
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

  /** The operation's Retrofit invocation: tells the interceptors what a next-page call is. */
  private Invocation listInvocation() {
    CustomerListParams params = CustomerListParams.none();
    return CallRunner.invocationOf(api.listCustomers(null, null, null, null, null, null));
  }

  /**
   * Precheck a Wholesale Customer Provisioning.
   *
   * @param request the request body.
   * @return the answer
   */
  public ProvisioningPreCheckResponse precheck(CustomerPrecheckRequest request) {
    return precheck(request, (RequestOptions) null);
  }

  /**
   * Precheck a Wholesale Customer Provisioning. With this call's own options.
   *
   * @param request the request body.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public ProvisioningPreCheckResponse precheck(CustomerPrecheckRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkCustomerPrecheckRequest(request, "precheck customer", "");
    return calls.executeWithBody(api.precheckCustomer(request, null), options).body();
  }

  /**
   * {@link #precheck} without blocking; the input is checked at once.
   *
   * @param request the request body.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningPreCheckResponse> precheckAsync(CustomerPrecheckRequest request) {
    return precheckAsync(request, (RequestOptions) null);
  }

  /**
   * {@link #precheck} with this call's own options, without blocking.
   *
   * @param request the request body.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningPreCheckResponse> precheckAsync(CustomerPrecheckRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkCustomerPrecheckRequest(request, "precheck customer", "");
    return calls.executeWithBodyAsync(api.precheckCustomer(request, null), options);
  }

  /**
   * Provision a Wholesale Customer.
   *
   * @param request the request body.
   * @return what Webex accepted; {@link ProvisioningAccepted#requireId()} gives the id to follow
   */
  public ProvisioningAccepted provision(CustomerProvisionRequest request) {
    return provision(request, (RequestOptions) null);
  }

  /**
   * Provision a Wholesale Customer. With this call's own options.
   *
   * @param request the request body.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return what Webex accepted; {@link ProvisioningAccepted#requireId()} gives the id to follow
   */
  public ProvisioningAccepted provision(CustomerProvisionRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkCustomerProvisionRequest(request, "provision customer", "");
    return ProvisioningAccepted.of(calls.execute(api.provisionCustomer(request, null), options), null);
  }

  /**
   * {@link #provision} without blocking; the input is checked at once.
   *
   * @param request the request body.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> provisionAsync(CustomerProvisionRequest request) {
    return provisionAsync(request, (RequestOptions) null);
  }

  /**
   * {@link #provision} with this call's own options, without blocking.
   *
   * @param request the request body.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> provisionAsync(CustomerProvisionRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkCustomerProvisionRequest(request, "provision customer", "");
    return calls.executeAsync(api.provisionCustomer(request, null), options,
        r -> ProvisioningAccepted.of(r, null));
  }

  /**
   * {@link #provision}, then {@link #awaitProvisioned(String, WaitOptions)}: the request is sent once.
   *
   * @param request the request body.
   * @return how the wait ended
   */
  public WaitOutcome<Customer> provisionAndWait(CustomerProvisionRequest request) {
    return provisionAndWait(request, WaitOptions.defaults());
  }

  /**
   * {@link #provision}, then {@link #awaitProvisioned(String, WaitOptions)} with these options.
   *
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended
   */
  public WaitOutcome<Customer> provisionAndWait(CustomerProvisionRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    String id = provision(request).requireId();
    return awaitProvisioned(id, o);
  }

  /**
   * {@link #provisionAndWait(CustomerProvisionRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param request the request body.
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> provisionAndWaitAsync(CustomerProvisionRequest request) {
    return provisionAndWaitAsync(request, WaitOptions.defaults());
  }

  /**
   * {@link #provisionAndWait(CustomerProvisionRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> provisionAndWaitAsync(CustomerProvisionRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return AsyncSteps.then(provisionAsync(request), accepted -> awaitProvisionedAsync(accepted.requireId(), o));
  }

  /**
   * Remove a Wholesale Customer.
   *
   * @param customerId A unique identifier for the customer in question.
   * @return what Webex accepted; {@link ProvisioningAccepted#requireId()} gives the id to follow
   */
  public ProvisioningAccepted remove(String customerId) {
    return remove(customerId, (RequestOptions) null);
  }

  /**
   * Remove a Wholesale Customer. With this call's own options.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return what Webex accepted; {@link ProvisioningAccepted#requireId()} gives the id to follow
   */
  public ProvisioningAccepted remove(String customerId, RequestOptions options) {
    Require.id(customerId, "customerId");
    return ProvisioningAccepted.of(calls.execute(api.removeCustomer(customerId, null), options), customerId);
  }

  /**
   * {@link #remove} without blocking; the input is checked at once.
   *
   * @param customerId A unique identifier for the customer in question.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> removeAsync(String customerId) {
    return removeAsync(customerId, (RequestOptions) null);
  }

  /**
   * {@link #remove} with this call's own options, without blocking.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> removeAsync(String customerId, RequestOptions options) {
    Require.id(customerId, "customerId");
    return calls.executeAsync(api.removeCustomer(customerId, null), options,
        r -> ProvisioningAccepted.of(r, customerId));
  }

  /**
   * {@link #remove}, then {@link #awaitRemoved(String, WaitOptions)}: the request is sent once.
   *
   * @param customerId A unique identifier for the customer in question.
   * @return how the wait ended
   */
  public WaitOutcome<Customer> removeAndWait(String customerId) {
    return removeAndWait(customerId, WaitOptions.defaults());
  }

  /**
   * {@link #remove}, then {@link #awaitRemoved(String, WaitOptions)} with these options.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended
   */
  public WaitOutcome<Customer> removeAndWait(String customerId, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    remove(customerId);
    return awaitRemoved(customerId, o);
  }

  /**
   * {@link #removeAndWait(String, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param customerId A unique identifier for the customer in question.
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> removeAndWaitAsync(String customerId) {
    return removeAndWaitAsync(customerId, WaitOptions.defaults());
  }

  /**
   * {@link #removeAndWait(String, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> removeAndWaitAsync(String customerId, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return AsyncSteps.then(removeAsync(customerId), answer -> awaitRemovedAsync(customerId, o));
  }

  /**
   * Update a Wholesale Customer.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param request the request body.
   * @return what Webex accepted; {@link ProvisioningAccepted#requireId()} gives the id to follow
   */
  public ProvisioningAccepted update(String customerId, CustomerUpdateRequest request) {
    return update(customerId, request, (RequestOptions) null);
  }

  /**
   * Update a Wholesale Customer. With this call's own options.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param request the request body.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return what Webex accepted; {@link ProvisioningAccepted#requireId()} gives the id to follow
   */
  public ProvisioningAccepted update(String customerId, CustomerUpdateRequest request, RequestOptions options) {
    Require.id(customerId, "customerId");
    Require.request(request, "request");
    RequestChecks.checkCustomerUpdateRequest(request, "update customer", "");
    return ProvisioningAccepted.of(calls.execute(api.updateCustomer(customerId, request, null), options), customerId);
  }

  /**
   * {@link #update} without blocking; the input is checked at once.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param request the request body.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> updateAsync(String customerId, CustomerUpdateRequest request) {
    return updateAsync(customerId, request, (RequestOptions) null);
  }

  /**
   * {@link #update} with this call's own options, without blocking.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param request the request body.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningAccepted> updateAsync(String customerId, CustomerUpdateRequest request, RequestOptions options) {
    Require.id(customerId, "customerId");
    Require.request(request, "request");
    RequestChecks.checkCustomerUpdateRequest(request, "update customer", "");
    return calls.executeAsync(api.updateCustomer(customerId, request, null), options,
        r -> ProvisioningAccepted.of(r, customerId));
  }

  /**
   * {@link #update}, then {@link #awaitUpdated(String, WaitOptions)}: the request is sent once.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param request the request body.
   * @return how the wait ended
   */
  public WaitOutcome<Customer> updateAndWait(String customerId, CustomerUpdateRequest request) {
    return updateAndWait(customerId, request, WaitOptions.defaults());
  }

  /**
   * {@link #update}, then {@link #awaitUpdated(String, WaitOptions)} with these options.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended
   */
  public WaitOutcome<Customer> updateAndWait(String customerId, CustomerUpdateRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    update(customerId, request);
    return awaitUpdated(customerId, o);
  }

  /**
   * {@link #updateAndWait(String, CustomerUpdateRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param request the request body.
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> updateAndWaitAsync(String customerId, CustomerUpdateRequest request) {
    return updateAndWaitAsync(customerId, request, WaitOptions.defaults());
  }

  /**
   * {@link #updateAndWait(String, CustomerUpdateRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param customerId A unique identifier for the customer in question.
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Customer>> updateAndWaitAsync(String customerId, CustomerUpdateRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return AsyncSteps.then(updateAsync(customerId, request), answer -> awaitUpdatedAsync(customerId, o));
  }

  /**
   * Polls the customer until the {@code provisioned} waiter declared in the spec ends the wait.
   * Provisioning ends: provisioned succeeds, error and provisioned_with_errors fail, pending_rpl_review holds; a 404 in the first 30 s is a customer not visible yet after the 202. Use {@link WaitOutcome#orThrow()} to get the customer or a typed exception.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitProvisioned(String customerId) {
    return awaitProvisioned(customerId, WaitOptions.defaults());
  }

  /**
   * As {@link #awaitProvisioned(String)} with this wait's own settings, listener or grace.
   *
   * @param customerId the customer's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitProvisioned(String customerId, WaitOptions waitOptions) {
    Require.id(customerId, "customerId");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.await(provisionedWaiter(o), provisionedPoller(customerId), o);
  }

  /**
   * {@link #awaitProvisioned(String)} without blocking: polls run on the client's scheduler;
   * cancelling the future stops the wait.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitProvisionedAsync(String customerId) {
    return awaitProvisionedAsync(customerId, WaitOptions.defaults());
  }

  /**
   * {@link #awaitProvisioned(String, WaitOptions)} without blocking.
   *
   * @param customerId the customer's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitProvisionedAsync(String customerId,
      WaitOptions waitOptions) {
    Require.id(customerId, "customerId");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.awaitAsync(provisionedWaiter(o), provisionedPoller(customerId), o);
  }

  /** The declared acceptors, first match wins; a grace starts when the wait starts. */
  private Waiter<Customer> provisionedWaiter(WaitOptions o) {
    WaitRules<Customer> rules = waits.rules(o);
    return waits.waiter(waits.viewOf(Customer.class), List.of(
        rules.path(v -> v.getStatus(), "provisioned", null, null, null, WaitState.SUCCESS, "status provisioned"),
        rules.path(v -> v.getStatus(), "error", null, null, null, WaitState.FAILURE, "status error"),
        rules.path(v -> v.getStatus(), "provisioned_with_errors", null, null, null, WaitState.FAILURE, "status provisioned_with_errors"),
        rules.path(v -> v.getStatus(), "pending_rpl_review", null, null, null, WaitState.HOLD, "status pending_rpl_review"),
        rules.gone(java.time.Duration.parse("PT30S"), WaitState.RETRY, "404 right after the 202")));
  }

  private dev.webexwholesale.client.waiter.Poller<Customer> provisionedPoller(String customerId) {
    return waits.goneOn404(() -> api.getCustomer(customerId, null, null));
  }

  /**
   * Polls the customer until the {@code updated} waiter declared in the spec ends the wait.
   * The update ends: until status updating was seen, or for 30 s, a read may still show the customer as it was; then as provisioned. Use {@link WaitOutcome#orThrow()} to get the customer or a typed exception.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitUpdated(String customerId) {
    return awaitUpdated(customerId, WaitOptions.defaults());
  }

  /**
   * As {@link #awaitUpdated(String)} with this wait's own settings, listener or grace.
   *
   * @param customerId the customer's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitUpdated(String customerId, WaitOptions waitOptions) {
    Require.id(customerId, "customerId");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.await(updatedWaiter(o), updatedPoller(customerId), o);
  }

  /**
   * {@link #awaitUpdated(String)} without blocking: polls run on the client's scheduler;
   * cancelling the future stops the wait.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitUpdatedAsync(String customerId) {
    return awaitUpdatedAsync(customerId, WaitOptions.defaults());
  }

  /**
   * {@link #awaitUpdated(String, WaitOptions)} without blocking.
   *
   * @param customerId the customer's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitUpdatedAsync(String customerId,
      WaitOptions waitOptions) {
    Require.id(customerId, "customerId");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.awaitAsync(updatedWaiter(o), updatedPoller(customerId), o);
  }

  /** The declared acceptors, first match wins; a grace starts when the wait starts. */
  private Waiter<Customer> updatedWaiter(WaitOptions o) {
    WaitRules<Customer> rules = waits.rules(o);
    return waits.waiter(waits.viewOf(Customer.class), List.of(
        rules.path(v -> v.getStatus(), "error", null, null, null, WaitState.FAILURE, "status error"),
        rules.path(v -> v.getStatus(), null, null, "updating", java.time.Duration.parse("PT30S"), WaitState.RETRY, "update not visible yet"),
        rules.path(v -> v.getStatus(), "provisioned", null, null, null, WaitState.SUCCESS, "status provisioned"),
        rules.path(v -> v.getStatus(), "provisioned_with_errors", null, null, null, WaitState.FAILURE, "status provisioned_with_errors"),
        rules.path(v -> v.getStatus(), "pending_rpl_review", null, null, null, WaitState.HOLD, "status pending_rpl_review")));
  }

  private dev.webexwholesale.client.waiter.Poller<Customer> updatedPoller(String customerId) {
    return waits.poller(() -> api.getCustomer(customerId, null, null));
  }

  /**
   * Polls the customer until the {@code removed} waiter declared in the spec ends the wait.
   * The removal ends: the customer answers 404; error fails, pending_rpl_review holds (right after the DELETE it may still read as provisioned). Use {@link WaitOutcome#orThrow()} to get the customer or a typed exception.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitRemoved(String customerId) {
    return awaitRemoved(customerId, WaitOptions.defaults());
  }

  /**
   * As {@link #awaitRemoved(String)} with this wait's own settings, listener or grace.
   *
   * @param customerId the customer's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitRemoved(String customerId, WaitOptions waitOptions) {
    Require.id(customerId, "customerId");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.await(removedWaiter(o), removedPoller(customerId), o);
  }

  /**
   * {@link #awaitRemoved(String)} without blocking: polls run on the client's scheduler;
   * cancelling the future stops the wait.
   *
   * @param customerId the customer's id
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitRemovedAsync(String customerId) {
    return awaitRemovedAsync(customerId, WaitOptions.defaults());
  }

  /**
   * {@link #awaitRemoved(String, WaitOptions)} without blocking.
   *
   * @param customerId the customer's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitRemovedAsync(String customerId,
      WaitOptions waitOptions) {
    Require.id(customerId, "customerId");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.awaitAsync(removedWaiter(o), removedPoller(customerId), o);
  }

  /** The declared acceptors, first match wins; a grace starts when the wait starts. */
  private Waiter<Customer> removedWaiter(WaitOptions o) {
    WaitRules<Customer> rules = waits.rules(o);
    return waits.waiter(waits.viewOf(Customer.class), List.of(
        rules.gone(null, WaitState.SUCCESS, "gone"),
        rules.path(v -> v.getStatus(), "error", null, null, null, WaitState.FAILURE, "status error"),
        rules.path(v -> v.getStatus(), "pending_rpl_review", null, null, null, WaitState.HOLD, "status pending_rpl_review")));
  }

  private dev.webexwholesale.client.waiter.Poller<Customer> removedPoller(String customerId) {
    return waits.goneOn404(() -> api.getCustomer(customerId, null, null));
  }
}
