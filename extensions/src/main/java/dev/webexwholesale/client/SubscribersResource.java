package dev.webexwholesale.client;

import dev.webexwholesale.api.SubscribersApi;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberList;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.waiter.Poller;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * Wholesale subscribers. Every method throws a
 * {@link dev.webexwholesale.client.errors.WholesaleException} subtype when the call fails and
 * {@link IllegalArgumentException} (before sending anything) when the input is incomplete.
 */
public final class SubscribersResource {
  private final SubscribersApi api;
  private final CallRunner calls;
  private final ResourcePolling waits;

  SubscribersResource(SubscribersApi api, CallRunner calls, ResourcePolling waits) {
    this.api = api;
    this.calls = calls;
    this.waits = waits;
  }

  /**
   * Reads the subscriber.
   *
   * @param subscriberId the subscriber's id
   * @return the subscriber
   */
  public Subscriber get(String subscriberId) {
    return get(subscriberId, null);
  }

  /**
   * As {@link #get(String)} with this call's own options.
   *
   * @param subscriberId the subscriber's id
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the subscriber
   */
  public Subscriber get(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeWithBody(api.getSubscriber(subscriberId, null), options).body();
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @return the subscriber, or the typed failure
   */
  public CompletableFuture<Subscriber> getAsync(String subscriberId) {
    return getAsync(subscriberId, null);
  }

  /**
   * {@link #get(String, RequestOptions)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the subscriber, or the typed failure
   */
  public CompletableFuture<Subscriber> getAsync(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeWithBodyAsync(api.getSubscriber(subscriberId, null), options);
  }

  /**
   * Provisions a subscriber; Webex answers at once: 200 with status {@code provisioned}, or 202
   * with status {@code pending_user_migration} when the email belongs to an active free Webex
   * account whose owner must consent to the move (see {@link #sendConsentEmail(String)}).
   * Requires customerId, email and provisioningParameters (which may be empty); refuses
   * {@code package} together with {@code packages}. The POST is never replayed once it may have
   * been processed.
   *
   * @param request the subscriber to provision
   * @return the subscriber as Webex answered it
   */
  public Subscriber provision(SubscriberProvisionRequest request) {
    return provision(request, null);
  }

  /**
   * As {@link #provision(SubscriberProvisionRequest)} with this call's own options.
   *
   * @param request the subscriber to provision
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the subscriber as Webex answered it
   */
  public Subscriber provision(SubscriberProvisionRequest request, RequestOptions options) {
    checkProvision(request);
    return calls.executeWithBody(api.provisionSubscriber(request, null), options).body();
  }

  /**
   * {@link #provision(SubscriberProvisionRequest)} without blocking; the input is checked at once.
   *
   * @param request the subscriber to provision
   * @return the subscriber as Webex answered it, or the typed failure
   */
  public CompletableFuture<Subscriber> provisionAsync(SubscriberProvisionRequest request) {
    return provisionAsync(request, null);
  }

  /**
   * {@link #provision(SubscriberProvisionRequest, RequestOptions)} without blocking.
   *
   * @param request the subscriber to provision
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the subscriber as Webex answered it, or the typed failure
   */
  public CompletableFuture<Subscriber> provisionAsync(SubscriberProvisionRequest request, RequestOptions options) {
    checkProvision(request);
    return calls.executeWithBodyAsync(api.provisionSubscriber(request, null), options);
  }

  private static void checkProvision(SubscriberProvisionRequest request) {
    Require.request(request, "request");
    String op = "provision subscriber";
    Require.field(request.getCustomerId(), op, "customerId");
    Require.field(request.getEmail(), op, "email");
    Require.field(request.getProvisioningParameters(), op, "provisioningParameters");
    Require.notBothPackageFields(request.getPackage(), request.getPackages(), op);
  }

  /**
   * Sends the consent email again to the person behind a subscriber in
   * {@code pending_user_migration}; Webex answers 204 (and an error for any other subscriber).
   *
   * @param subscriberId the subscriber's id
   */
  public void sendConsentEmail(String subscriberId) {
    sendConsentEmail(subscriberId, null);
  }

  /**
   * As {@link #sendConsentEmail(String)} with this call's own options.
   *
   * @param subscriberId the subscriber's id
   * @param options this call's options, laid over the client's and the view's (null: none)
   */
  public void sendConsentEmail(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    calls.execute(api.sendConsentEmail(subscriberId, null), options);
  }

  /**
   * {@link #sendConsentEmail(String)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @return completes (with null) once Webex accepted, or with the typed failure
   */
  public CompletableFuture<Void> sendConsentEmailAsync(String subscriberId) {
    return sendConsentEmailAsync(subscriberId, null);
  }

  /**
   * {@link #sendConsentEmail(String, RequestOptions)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return completes (with null) once Webex accepted, or with the typed failure
   */
  public CompletableFuture<Void> sendConsentEmailAsync(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeAsync(api.sendConsentEmail(subscriberId, null), options, r -> null);
  }

  /**
   * Updates the subscriber. Refuses {@code package} together with {@code packages}; everything
   * else is the server's to judge.
   *
   * @param subscriberId the subscriber's id
   * @param request the update
   * @return the updated subscriber
   */
  public Subscriber update(String subscriberId, SubscriberUpdateRequest request) {
    return update(subscriberId, request, (RequestOptions) null);
  }

  /**
   * As {@link #update(String, SubscriberUpdateRequest)} with this call's own options.
   *
   * @param subscriberId the subscriber's id
   * @param request the update
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the updated subscriber
   */
  public Subscriber update(String subscriberId, SubscriberUpdateRequest request, RequestOptions options) {
    checkUpdate(subscriberId, request);
    return calls.executeWithBody(api.updateSubscriber(subscriberId, request, null), options).body();
  }

  /**
   * {@link #update(String, SubscriberUpdateRequest)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param request the update
   * @return the updated subscriber, or the typed failure
   */
  public CompletableFuture<Subscriber> updateAsync(String subscriberId, SubscriberUpdateRequest request) {
    return updateAsync(subscriberId, request, null);
  }

  /**
   * {@link #update(String, SubscriberUpdateRequest, RequestOptions)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param request the update
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the updated subscriber, or the typed failure
   */
  public CompletableFuture<Subscriber> updateAsync(String subscriberId, SubscriberUpdateRequest request,
      RequestOptions options) {
    checkUpdate(subscriberId, request);
    return calls.executeWithBodyAsync(api.updateSubscriber(subscriberId, request, null), options);
  }

  private static void checkUpdate(String subscriberId, SubscriberUpdateRequest request) {
    Require.id(subscriberId, "subscriberId");
    Require.request(request, "request");
    Require.notBothPackageFields(request.getPackage(), request.getPackages(), "update subscriber");
  }

  /**
   * Removes the subscriber.
   *
   * @param subscriberId the subscriber's id
   */
  public void remove(String subscriberId) {
    remove(subscriberId, null);
  }

  /**
   * As {@link #remove(String)} with this call's own options.
   *
   * @param subscriberId the subscriber's id
   * @param options this call's options, laid over the client's and the view's (null: none)
   */
  public void remove(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    calls.execute(api.removeSubscriber(subscriberId, null), options);
  }

  /**
   * {@link #remove(String)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @return completes (with null) once removed, or with the typed failure
   */
  public CompletableFuture<Void> removeAsync(String subscriberId) {
    return removeAsync(subscriberId, null);
  }

  /**
   * {@link #remove(String, RequestOptions)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return completes (with null) once removed, or with the typed failure
   */
  public CompletableFuture<Void> removeAsync(String subscriberId, RequestOptions options) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeAsync(api.removeSubscriber(subscriberId, null), options, r -> null);
  }

  /**
   * Checks whether a subscriber could be provisioned. Requires email; customerInfo, when sent,
   * needs primaryEmail. A request without any package is valid (Webex documents three precheck
   * variants); {@code package} with {@code packages} is refused.
   *
   * @param request what to check
   * @return Webex's verdict
   */
  public ProvisioningPreCheckResponse precheck(SubscriberPrecheckRequest request) {
    return precheck(request, null);
  }

  /**
   * As {@link #precheck(SubscriberPrecheckRequest)} with this call's own options.
   *
   * @param request what to check
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return Webex's verdict
   */
  public ProvisioningPreCheckResponse precheck(SubscriberPrecheckRequest request, RequestOptions options) {
    checkPrecheck(request);
    return calls.executeWithBody(api.precheckSubscriber(request, null), options).body();
  }

  /**
   * {@link #precheck(SubscriberPrecheckRequest)} without blocking.
   *
   * @param request what to check
   * @return Webex's verdict, or the typed failure
   */
  public CompletableFuture<ProvisioningPreCheckResponse> precheckAsync(SubscriberPrecheckRequest request) {
    return precheckAsync(request, null);
  }

  /**
   * {@link #precheck(SubscriberPrecheckRequest, RequestOptions)} without blocking.
   *
   * @param request what to check
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return Webex's verdict, or the typed failure
   */
  public CompletableFuture<ProvisioningPreCheckResponse> precheckAsync(SubscriberPrecheckRequest request,
      RequestOptions options) {
    checkPrecheck(request);
    return calls.executeWithBodyAsync(api.precheckSubscriber(request, null), options);
  }

  private static void checkPrecheck(SubscriberPrecheckRequest request) {
    Require.request(request, "request");
    String op = "precheck subscriber";
    Require.field(request.getEmail(), op, "email");
    if (request.getCustomerInfo() != null) {
      Require.field(request.getCustomerInfo().getPrimaryEmail(), op, "customerInfo.primaryEmail");
    }
    Require.notBothPackageFields(request.getPackage(), request.getPackages(), op);
  }

  /**
   * All matching subscribers, fetched page by page as the iteration advances.
   *
   * @param params filters, page size ({@code max}) and start ({@code offset})
   * @return the subscribers, lazily
   */
  public PagedIterable<Subscriber> list(SubscriberListParams params) {
    return list(params, null);
  }

  /**
   * As {@link #list(SubscriberListParams)}; every page is fetched with this call's options.
   *
   * @param params filters, page size and start
   * @param options the options of every page's call (null: none)
   * @return the subscribers, lazily
   */
  public PagedIterable<Subscriber> list(SubscriberListParams params, RequestOptions options) {
    Require.request(params, "params");
    return new PagedIterable<>(() -> listPage(params, options), url -> page(url, options));
  }

  /**
   * All subscribers.
   *
   * @return the subscribers, lazily
   */
  public PagedIterable<Subscriber> list() {
    return list(SubscriberListParams.none());
  }

  /**
   * The subscribers from the page at {@code nextUrl} on: a restarted job resumes where it stopped.
   *
   * @param nextUrl a {@link Page#nextUrl()} of this client's origin
   * @param options the options of every page's call (null: none)
   * @return the subscribers from that page on, lazily
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
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the page
   */
  public Page<Subscriber> listPage(SubscriberListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPage(listCall(params), SubscriberList::getItems, options);
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
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Subscriber>> listPageAsync(SubscriberListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPageAsync(listCall(params), SubscriberList::getItems, options);
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
   * @param options this call's options, laid over the client's and the view's (null: none)
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
   * @param options this call's options, laid over the client's and the view's (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<Subscriber>> pageAsync(String nextUrl, RequestOptions options) {
    return calls.nextPageAsync(nextUrl, listInvocation(), SubscriberList.class, SubscriberList::getItems, options);
  }

  /**
   * Reads the subscriber until its status is documented: {@code provisioned} succeeds,
   * {@code pending_user_migration} is a hold (the person must consent; see
   * {@link #sendConsentEmail(String)}). Any other status is kept and reported as it is, never
   * taken for success: the wait goes on until it times out. Polls carry this view's options.
   *
   * @param subscriberId the subscriber's id
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> awaitProvisioned(String subscriberId) {
    return awaitProvisioned(subscriberId, null, null);
  }

  /**
   * As {@link #awaitProvisioned(String)}; null config or listener means the client's defaults.
   *
   * @param subscriberId the subscriber's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> awaitProvisioned(String subscriberId, WaiterConfig config, ProgressListener listener) {
    Require.id(subscriberId, "subscriberId");
    return waits.waiters().awaitSubscriberProvisioned(waits.poller(() -> api.getSubscriber(subscriberId, null)), config, listener);
  }

  /**
   * {@link #awaitProvisioned(String)} without blocking: polls run on the client's scheduler;
   * cancelling the future stops the wait.
   *
   * @param subscriberId the subscriber's id
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Subscriber>> awaitProvisionedAsync(String subscriberId) {
    return awaitProvisionedAsync(subscriberId, null, null);
  }

  /**
   * {@link #awaitProvisioned(String, WaiterConfig, ProgressListener)} without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public CompletableFuture<WaitOutcome<Subscriber>> awaitProvisionedAsync(String subscriberId, WaiterConfig config,
      ProgressListener listener) {
    Require.id(subscriberId, "subscriberId");
    return waits.waiters().awaitSubscriberProvisionedAsync(
        waits.poller(() -> api.getSubscriber(subscriberId, null)), config, listener);
  }

  /**
   * Provisions (one POST) and judges the answer itself: 200 {@code provisioned} succeeds at
   * once, 202 {@code pending_user_migration} is ON_HOLD at once (the remedy: the person consents,
   * {@link #sendConsentEmail(String)} resends the email). Only an undocumented status makes it
   * read the subscriber again, as {@link #awaitProvisioned(String)} does.
   *
   * @param request the subscriber to provision
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request) {
    return provisionAndWait(request, null, null);
  }

  /**
   * As {@link #provisionAndWait(SubscriberProvisionRequest)} with the wait's own settings.
   *
   * @param request the subscriber to provision
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request, WaiterConfig config,
      ProgressListener listener) {
    return waits.waiters().awaitSubscriberProvisioned(judgingAnswer(provision(request)), config, listener);
  }

  /**
   * {@link #provisionAndWait(SubscriberProvisionRequest)} without blocking.
   *
   * @param request the subscriber to provision
   * @return how the wait ended, or the provision's typed failure
   */
  public CompletableFuture<WaitOutcome<Subscriber>> provisionAndWaitAsync(SubscriberProvisionRequest request) {
    return provisionAndWaitAsync(request, null, null);
  }

  /**
   * {@link #provisionAndWait(SubscriberProvisionRequest, WaiterConfig, ProgressListener)} without
   * blocking: the POST is sent asynchronously (once), then the answer is judged (and, for an
   * undocumented status, the wait runs) on the client's scheduler. Cancelling the future cancels
   * the step running.
   *
   * @param request the subscriber to provision
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended, or the provision's typed failure
   */
  public CompletableFuture<WaitOutcome<Subscriber>> provisionAndWaitAsync(SubscriberProvisionRequest request,
      WaiterConfig config, ProgressListener listener) {
    return AsyncSteps.then(provisionAsync(request),
        answered -> waits.waiters().awaitSubscriberProvisionedAsync(judgingAnswer(answered), config, listener));
  }

  /**
   * A poller whose first poll is the provision's own answer; later ones read the subscriber,
   * each bounded by the wait's time left.
   */
  private Poller<Subscriber> judgingAnswer(Subscriber answered) {
    String id = answered.getId();
    Poller<Subscriber> then = id == null || id.isBlank() ? () -> {
      throw new WholesaleException("Webex answered the subscriber provision with status "
          + (answered.getStatus() == null ? "none" : answered.getStatus().getValue()) + " and no id to follow");
    } : waits.poller(() -> api.getSubscriber(id, null));
    return waits.startingWith(answered, then);
  }

  /**
   * Updates (Webex answers the updated subscriber), then judges it as
   * {@link #awaitProvisioned(String)} does.
   *
   * @param subscriberId the subscriber's id
   * @param request the update
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> updateAndWait(String subscriberId, SubscriberUpdateRequest request, WaiterConfig config,
      ProgressListener listener) {
    update(subscriberId, request);
    return awaitProvisioned(subscriberId, config, listener);
  }

  /**
   * {@link #updateAndWait} without blocking; cancelling the future cancels the step running.
   *
   * @param subscriberId the subscriber's id
   * @param request the update
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended, or the update's typed failure
   */
  public CompletableFuture<WaitOutcome<Subscriber>> updateAndWaitAsync(String subscriberId,
      SubscriberUpdateRequest request, WaiterConfig config, ProgressListener listener) {
    return AsyncSteps.then(updateAsync(subscriberId, request),
        updated -> awaitProvisionedAsync(subscriberId, config, listener));
  }

  /** The list operation's Retrofit invocation: tells the interceptors what a next-page call is. */
  private Invocation listInvocation() {
    return CallRunner.invocationOf(listCall(SubscriberListParams.none()));
  }

  private Call<SubscriberList> listCall(SubscriberListParams p) {
    return api.listSubscribers(null, p.max(), p.offset(), p.customerId(), p.personId(), p.externalCustomerId(),
        p.email(), p.status(), p.after(), p.lastStatusChange(), p.sortBy(), p.sortOrder());
  }
}
