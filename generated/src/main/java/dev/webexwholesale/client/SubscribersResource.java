/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.api.SubscribersApi;
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
 * The {@code subscribers} operations: {@code client.subscribers()}. Every method throws a
 * {@link dev.webexwholesale.client.errors.WholesaleException} subtype when the call fails and
 * {@link IllegalArgumentException} (before sending anything) when the input is incomplete; every
 * asynchronous twin completes with the same exception instead.
 */
@SuppressWarnings({"unused", "deprecation"})
public final class SubscribersResource extends SubscribersLegacy {
  private final SubscribersApi api;
  private final CallRunner calls;
  private final ResourcePolling waits;

  SubscribersResource(SubscribersApi api, CallRunner calls, ResourcePolling waits) {
    this.api = api;
    this.calls = calls;
    this.waits = waits;
  }

  /**
   * Get a Wholesale Subscriber.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @return the answer
   */
  public Subscriber get(String subscriberId) {
    return get(subscriberId, (RequestOptions) null);
  }

  /**
   * Get a Wholesale Subscriber. With this call's own options.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public Subscriber get(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeWithBody(api.getSubscriber(subscriberId, null), options).body();
  }

  /**
   * {@link #get} without blocking; the input is checked at once.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Subscriber> getAsync(String subscriberId) {
    return getAsync(subscriberId, (RequestOptions) null);
  }

  /**
   * {@link #get} with this call's own options, without blocking.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Subscriber> getAsync(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeWithBodyAsync(api.getSubscriber(subscriberId, null), options);
  }

  /**
   * List Wholesale Subscribers. Every matching item, fetched page by page as the iteration advances.
   *
   * @param params filters, page size ({@code max}) and start ({@code offset})
   * @return the items, lazily
   */
  public PagedIterable<Subscriber> list(SubscriberListParams params) {
    return list(params, null);
  }

  /**
   * As {@link #list(SubscriberListParams)}; every page is fetched with this call's options.
   *
   * @param params filters, page size and start
   * @param options the options of every page's call (null: none)
   * @return the items, lazily
   */
  public PagedIterable<Subscriber> list(SubscriberListParams params, RequestOptions options) {
    Require.request(params, "params");
    return new PagedIterable<>(() -> listPage(params, options), url -> page(url, options));
  }

  /**
   * Every item, unfiltered.
   *
   * @return the items, lazily
   */
  public PagedIterable<Subscriber> list() {
    return list(SubscriberListParams.none());
  }

  /**
   * The items from the page at {@code nextUrl} on: a restarted job resumes where it stopped.
   *
   * @param nextUrl a {@link Page#nextUrl()} of this client's origin
   * @param options the options of every page's call (null: none)
   * @return the items from that page on, lazily
   */
  public PagedIterable<Subscriber> listFrom(String nextUrl, RequestOptions options) {
    return new PagedIterable<>(() -> page(nextUrl, options), url -> page(url, options));
  }

  /**
   * Only the first page (size and start set by {@code max}/{@code offset}) and its next link.
   *
   * @param params filters, page size and start
   * @return the page
   */
  public Page<Subscriber> listPage(SubscriberListParams params) {
    return listPage(params, null);
  }

  /**
   * As {@link #listPage(SubscriberListParams)} with this call's own options.
   *
   * @param params filters, page size and start
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<Subscriber> listPage(SubscriberListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPage(api.listSubscribers(null, params.max(), params.offset(), params.customerId(), params.personId(), params.externalCustomerId(), params.email(), params.status(), params.after(), params.lastStatusChange(), params.sortBy(), params.sortOrder()), SubscriberList::getItems, options);
  }

  /**
   * {@link #listPage(SubscriberListParams)} without blocking.
   *
   * @param params filters, page size and start
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Subscriber>> listPageAsync(SubscriberListParams params) {
    return listPageAsync(params, null);
  }

  /**
   * {@link #listPage(SubscriberListParams, RequestOptions)} without blocking.
   *
   * @param params filters, page size and start
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Subscriber>> listPageAsync(SubscriberListParams params,
      RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPageAsync(api.listSubscribers(null, params.max(), params.offset(), params.customerId(), params.personId(), params.externalCustomerId(), params.email(), params.status(), params.after(), params.lastStatusChange(), params.sortBy(), params.sortOrder()), SubscriberList::getItems, options);
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
  public Page<Subscriber> page(String nextUrl) {
    return page(nextUrl, null);
  }

  /**
   * As {@link #page(String)} with this call's own options.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<Subscriber> page(String nextUrl, RequestOptions options) {
    return calls.nextPage(nextUrl, listInvocation(), SubscriberList.class, SubscriberList::getItems, options);
  }

  /**
   * {@link #page(String)} without blocking; a foreign URL throws at once.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Subscriber>> pageAsync(String nextUrl) {
    return pageAsync(nextUrl, null);
  }

  /**
   * {@link #page(String, RequestOptions)} without blocking; a foreign URL throws at once.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Subscriber>> pageAsync(String nextUrl, RequestOptions options) {
    return calls.nextPageAsync(nextUrl, listInvocation(), SubscriberList.class, SubscriberList::getItems, options);
  }

  /** The operation's Retrofit invocation: tells the interceptors what a next-page call is. */
  private Invocation listInvocation() {
    SubscriberListParams params = SubscriberListParams.none();
    return CallRunner.invocationOf(api.listSubscribers(null, null, null, null, null, null, null, null, null, null, null, null));
  }

  /**
   * Precheck a Wholesale Subscriber Provisioning.
   *
   * @param request the request body.
   * @return the answer
   */
  public ProvisioningPreCheckResponse precheck(SubscriberPrecheckRequest request) {
    return precheck(request, (RequestOptions) null);
  }

  /**
   * Precheck a Wholesale Subscriber Provisioning. With this call's own options.
   *
   * @param request the request body.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public ProvisioningPreCheckResponse precheck(SubscriberPrecheckRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkSubscriberPrecheckRequest(request, "precheck subscriber", "");
    return calls.executeWithBody(api.precheckSubscriber(request, null), options).body();
  }

  /**
   * {@link #precheck} without blocking; the input is checked at once.
   *
   * @param request the request body.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningPreCheckResponse> precheckAsync(SubscriberPrecheckRequest request) {
    return precheckAsync(request, (RequestOptions) null);
  }

  /**
   * {@link #precheck} with this call's own options, without blocking.
   *
   * @param request the request body.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<ProvisioningPreCheckResponse> precheckAsync(SubscriberPrecheckRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkSubscriberPrecheckRequest(request, "precheck subscriber", "");
    return calls.executeWithBodyAsync(api.precheckSubscriber(request, null), options);
  }

  /**
   * Provision a Wholesale Subscriber.
   *
   * @param request the request body.
   * @return the answer
   */
  public Subscriber provision(SubscriberProvisionRequest request) {
    return provision(request, (RequestOptions) null);
  }

  /**
   * Provision a Wholesale Subscriber. With this call's own options.
   *
   * @param request the request body.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public Subscriber provision(SubscriberProvisionRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkSubscriberProvisionRequest(request, "provision subscriber", "");
    return calls.executeWithBody(api.provisionSubscriber(request, null), options).body();
  }

  /**
   * {@link #provision} without blocking; the input is checked at once.
   *
   * @param request the request body.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Subscriber> provisionAsync(SubscriberProvisionRequest request) {
    return provisionAsync(request, (RequestOptions) null);
  }

  /**
   * {@link #provision} with this call's own options, without blocking.
   *
   * @param request the request body.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Subscriber> provisionAsync(SubscriberProvisionRequest request, RequestOptions options) {
    Require.request(request, "request");
    RequestChecks.checkSubscriberProvisionRequest(request, "provision subscriber", "");
    return calls.executeWithBodyAsync(api.provisionSubscriber(request, null), options);
  }

  /**
   * {@link #provision}, then {@link #awaitProvisioned(String, WaitOptions)}: the request is sent once.
   *
   * @param request the request body.
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request) {
    return provisionAndWait(request, WaitOptions.defaults());
  }

  /**
   * {@link #provision}, then {@link #awaitProvisioned(String, WaitOptions)} with these options.
   *
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    Subscriber answered = provision(request);
    return waits.await(provisionedWaiter(o), waits.answerFirst(answered, waits.viewOf(Subscriber.class),
        subscriberId -> api.getSubscriber(subscriberId, null)), o);
  }

  /**
   * {@link #provisionAndWait(SubscriberProvisionRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param request the request body.
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Subscriber>> provisionAndWaitAsync(SubscriberProvisionRequest request) {
    return provisionAndWaitAsync(request, WaitOptions.defaults());
  }

  /**
   * {@link #provisionAndWait(SubscriberProvisionRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Subscriber>> provisionAndWaitAsync(SubscriberProvisionRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return AsyncSteps.then(provisionAsync(request), answered -> waits.awaitAsync(provisionedWaiter(o),
        waits.answerFirst(answered, waits.viewOf(Subscriber.class), subscriberId -> api.getSubscriber(subscriberId, null)), o));
  }

  /**
   * Remove a Wholesale Subscriber.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   */
  public void remove(String subscriberId) {
    remove(subscriberId, (RequestOptions) null);
  }

  /**
   * Remove a Wholesale Subscriber. With this call's own options.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param options this call's options, laid over the client's and the view's (null: none)
   */
  public void remove(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    calls.execute(api.removeSubscriber(subscriberId, null), options);
  }

  /**
   * {@link #remove} without blocking; the input is checked at once.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Void> removeAsync(String subscriberId) {
    return removeAsync(subscriberId, (RequestOptions) null);
  }

  /**
   * {@link #remove} with this call's own options, without blocking.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Void> removeAsync(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeAsync(api.removeSubscriber(subscriberId, null), options, r -> null);
  }

  /**
   * Send Consent User Move Email.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   */
  public void sendConsentEmail(String subscriberId) {
    sendConsentEmail(subscriberId, (RequestOptions) null);
  }

  /**
   * Send Consent User Move Email. With this call's own options.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param options this call's options, laid over the client's and the view's (null: none)
   */
  public void sendConsentEmail(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    calls.execute(api.sendConsentEmail(subscriberId, null), options);
  }

  /**
   * {@link #sendConsentEmail} without blocking; the input is checked at once.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Void> sendConsentEmailAsync(String subscriberId) {
    return sendConsentEmailAsync(subscriberId, (RequestOptions) null);
  }

  /**
   * {@link #sendConsentEmail} with this call's own options, without blocking.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Void> sendConsentEmailAsync(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeAsync(api.sendConsentEmail(subscriberId, null), options, r -> null);
  }

  /**
   * Update a Wholesale Subscriber.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param request the request body.
   * @return the answer
   */
  public Subscriber update(String subscriberId, SubscriberUpdateRequest request) {
    return update(subscriberId, request, (RequestOptions) null);
  }

  /**
   * Update a Wholesale Subscriber. With this call's own options.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param request the request body.
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the answer
   */
  public Subscriber update(String subscriberId, SubscriberUpdateRequest request, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    Require.request(request, "request");
    RequestChecks.checkSubscriberUpdateRequest(request, "update subscriber", "");
    return calls.executeWithBody(api.updateSubscriber(subscriberId, request, null), options).body();
  }

  /**
   * {@link #update} without blocking; the input is checked at once.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param request the request body.
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Subscriber> updateAsync(String subscriberId, SubscriberUpdateRequest request) {
    return updateAsync(subscriberId, request, (RequestOptions) null);
  }

  /**
   * {@link #update} with this call's own options, without blocking.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param request the request body.
   * @param options this call's options (null: none)
   * @return the answer, or the typed failure
   */
  public CompletableFuture<Subscriber> updateAsync(String subscriberId, SubscriberUpdateRequest request, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    Require.request(request, "request");
    RequestChecks.checkSubscriberUpdateRequest(request, "update subscriber", "");
    return calls.executeWithBodyAsync(api.updateSubscriber(subscriberId, request, null), options);
  }

  /**
   * {@link #update}, then {@link #awaitProvisioned(String, WaitOptions)}: the request is sent once.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param request the request body.
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> updateAndWait(String subscriberId, SubscriberUpdateRequest request) {
    return updateAndWait(subscriberId, request, WaitOptions.defaults());
  }

  /**
   * {@link #update}, then {@link #awaitProvisioned(String, WaitOptions)} with these options.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> updateAndWait(String subscriberId, SubscriberUpdateRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    update(subscriberId, request);
    return awaitProvisioned(subscriberId, o);
  }

  /**
   * {@link #updateAndWait(String, SubscriberUpdateRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param request the request body.
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Subscriber>> updateAndWaitAsync(String subscriberId, SubscriberUpdateRequest request) {
    return updateAndWaitAsync(subscriberId, request, WaitOptions.defaults());
  }

  /**
   * {@link #updateAndWait(String, SubscriberUpdateRequest, WaitOptions)} without blocking;
   * cancelling the future cancels the step running.
   *
   * @param subscriberId The {@code id} Webex gave the subscriber.
   * @param request the request body.
   * @param waitOptions the wait's settings, listener and grace
   * @return how the wait ended, or the typed failure
   */
  public CompletableFuture<WaitOutcome<Subscriber>> updateAndWaitAsync(String subscriberId, SubscriberUpdateRequest request, WaitOptions waitOptions) {
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return AsyncSteps.then(updateAsync(subscriberId, request), answer -> awaitProvisionedAsync(subscriberId, o));
  }

  /**
   * Polls the subscriber until the {@code provisioned} waiter declared in the spec ends the wait.
   * Provisioning ends: provisioned succeeds, pending_user_migration holds until the person consents. Use {@link WaitOutcome#orThrow()} to get the subscriber or a typed exception.
   *
   * @param subscriberId the subscriber's id
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> awaitProvisioned(String subscriberId) {
    return awaitProvisioned(subscriberId, WaitOptions.defaults());
  }

  /**
   * As {@link #awaitProvisioned(String)} with this wait's own settings, listener or grace.
   *
   * @param subscriberId the subscriber's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> awaitProvisioned(String subscriberId, WaitOptions waitOptions) {
    Require.id(subscriberId, "subscriberId");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.await(provisionedWaiter(o), provisionedPoller(subscriberId), o);
  }

  /**
   * {@link #awaitProvisioned(String)} without blocking: polls run on the client's scheduler;
   * cancelling the future stops the wait.
   *
   * @param subscriberId the subscriber's id
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Subscriber>> awaitProvisionedAsync(String subscriberId) {
    return awaitProvisionedAsync(subscriberId, WaitOptions.defaults());
  }

  /**
   * {@link #awaitProvisioned(String, WaitOptions)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param waitOptions the wait's options (null: the client's defaults)
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Subscriber>> awaitProvisionedAsync(String subscriberId,
      WaitOptions waitOptions) {
    Require.id(subscriberId, "subscriberId");
    WaitOptions o = WaitOptions.orDefaults(waitOptions);
    return waits.awaitAsync(provisionedWaiter(o), provisionedPoller(subscriberId), o);
  }

  /** The declared acceptors, first match wins; a grace starts when the wait starts. */
  private Waiter<Subscriber> provisionedWaiter(WaitOptions o) {
    WaitRules<Subscriber> rules = waits.rules(o);
    return waits.waiter(waits.viewOf(Subscriber.class), List.of(
        rules.path(v -> v.getStatus(), "provisioned", null, null, null, WaitState.SUCCESS, "status provisioned"),
        rules.path(v -> v.getStatus(), "pending_user_migration", null, null, null, WaitState.HOLD, "status pending_user_migration")));
  }

  private dev.webexwholesale.client.waiter.Poller<Subscriber> provisionedPoller(String subscriberId) {
    return waits.poller(() -> api.getSubscriber(subscriberId, null));
  }
}
