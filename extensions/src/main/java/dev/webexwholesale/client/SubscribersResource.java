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
import dev.webexwholesale.client.waiter.PollAnswer;
import dev.webexwholesale.client.waiter.Poller;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import retrofit2.Call;

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

  public Subscriber get(String subscriberId) {
    Require.id(subscriberId, "subscriberId");
    return calls.executeWithBody(api.getSubscriber(subscriberId, null)).body();
  }

  /**
   * Provisions a subscriber; Webex answers at once: 200 with status {@code provisioned}, or 202
   * with status {@code pending_user_migration} when the email belongs to an active free Webex
   * account whose owner must consent to the move (see {@link #sendConsentEmail(String)}).
   * Requires customerId, email and provisioningParameters (which may be empty); refuses
   * {@code package} together with {@code packages}.
   */
  public Subscriber provision(SubscriberProvisionRequest request) {
    Require.request(request, "request");
    String op = "provision subscriber";
    Require.field(request.getCustomerId(), op, "customerId");
    Require.field(request.getEmail(), op, "email");
    Require.field(request.getProvisioningParameters(), op, "provisioningParameters");
    Require.notBothPackageFields(request.getPackage(), request.getPackages(), op);
    return calls.executeWithBody(api.provisionSubscriber(request, null)).body();
  }

  /**
   * Sends the consent email again to the person behind a subscriber in
   * {@code pending_user_migration}; Webex answers 204 (and an error for any other subscriber).
   */
  public void sendConsentEmail(String subscriberId) {
    Require.id(subscriberId, "subscriberId");
    calls.execute(api.sendConsentEmail(subscriberId, null));
  }

  /** Refuses {@code package} together with {@code packages}; everything else is the server's to judge. */
  public Subscriber update(String subscriberId, SubscriberUpdateRequest request) {
    Require.id(subscriberId, "subscriberId");
    Require.request(request, "request");
    Require.notBothPackageFields(request.getPackage(), request.getPackages(), "update subscriber");
    return calls.executeWithBody(api.updateSubscriber(subscriberId, request, null)).body();
  }

  public void remove(String subscriberId) {
    Require.id(subscriberId, "subscriberId");
    calls.execute(api.removeSubscriber(subscriberId, null));
  }

  /**
   * Requires email; customerInfo, when sent, needs primaryEmail. A request without any package
   * is valid (Webex documents three precheck variants); {@code package} with {@code packages} is
   * refused.
   */
  public ProvisioningPreCheckResponse precheck(SubscriberPrecheckRequest request) {
    Require.request(request, "request");
    String op = "precheck subscriber";
    Require.field(request.getEmail(), op, "email");
    if (request.getCustomerInfo() != null) {
      Require.field(request.getCustomerInfo().getPrimaryEmail(), op, "customerInfo.primaryEmail");
    }
    Require.notBothPackageFields(request.getPackage(), request.getPackages(), op);
    return calls.executeWithBody(api.precheckSubscriber(request, null)).body();
  }

  /** All matching subscribers, fetched page by page as the iteration advances. */
  public PagedIterable<Subscriber> list(SubscriberListParams params) {
    Require.request(params, "params");
    return new PagedIterable<>(
        () -> calls.firstPage(listCall(params), SubscriberList::getItems),
        url -> calls.nextPage(url, CallRunner.invocationOf(listCall(params)), SubscriberList.class,
            SubscriberList::getItems));
  }

  public PagedIterable<Subscriber> list() {
    return list(SubscriberListParams.none());
  }

  public Page<Subscriber> listPage(SubscriberListParams params) {
    Require.request(params, "params");
    return calls.firstPage(listCall(params), SubscriberList::getItems);
  }

  /**
   * Reads the subscriber until its status is documented: {@code provisioned} succeeds,
   * {@code pending_user_migration} is a hold (the person must consent; see
   * {@link #sendConsentEmail(String)}). Any other status is kept and reported as it is, never
   * taken for success: the wait goes on until it times out.
   */
  public WaitOutcome<Subscriber> awaitProvisioned(String subscriberId) {
    return awaitProvisioned(subscriberId, null, null);
  }

  /** As {@link #awaitProvisioned(String)}; null config or listener means the client's defaults. */
  public WaitOutcome<Subscriber> awaitProvisioned(String subscriberId, WaiterConfig config, ProgressListener listener) {
    Require.id(subscriberId, "subscriberId");
    return waits.waiters().awaitSubscriberProvisioned(waits.poller(() -> api.getSubscriber(subscriberId, null)), config, listener);
  }

  public CompletableFuture<WaitOutcome<Subscriber>> awaitProvisionedAsync(String subscriberId) {
    return awaitProvisionedAsync(subscriberId, null, null);
  }

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
   */
  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request) {
    return provisionAndWait(request, null, null);
  }

  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request, WaiterConfig config,
      ProgressListener listener) {
    Subscriber answered = provision(request);
    String id = answered.getId();
    AtomicBoolean answerUsed = new AtomicBoolean();
    Poller<Subscriber> poller = () -> {
      if (!answerUsed.getAndSet(true)) {
        return PollAnswer.of(answered);
      }
      if (id == null || id.isBlank()) {
        throw new WholesaleException("Webex answered the subscriber provision with status "
            + (answered.getStatus() == null ? "none" : answered.getStatus().getValue()) + " and no id to follow");
      }
      return waits.poller(() -> api.getSubscriber(id, null)).poll();
    };
    return waits.waiters().awaitSubscriberProvisioned(poller, config, listener);
  }

  /** Updates (Webex answers the updated subscriber), then judges it as {@link #awaitProvisioned(String)} does. */
  public WaitOutcome<Subscriber> updateAndWait(String subscriberId, SubscriberUpdateRequest request, WaiterConfig config,
      ProgressListener listener) {
    update(subscriberId, request);
    return awaitProvisioned(subscriberId, config, listener);
  }

  private Call<SubscriberList> listCall(SubscriberListParams p) {
    return api.listSubscribers(null, p.max(), p.offset(), p.customerId(), p.personId(), p.externalCustomerId(),
        p.email(), p.status(), p.after(), p.lastStatusChange(), p.sortBy(), p.sortOrder());
  }
}
