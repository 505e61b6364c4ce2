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
import java.util.concurrent.CompletableFuture;
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

  /** Requires customerId, email and exactly one of package / packages. */
  public Subscriber provision(SubscriberProvisionRequest request) {
    Require.request(request, "request");
    String op = "provision subscriber";
    Require.field(request.getCustomerId(), op, "customerId");
    Require.field(request.getEmail(), op, "email");
    Require.exactlyOnePackageField(request.getPackage(), request.getPackages(), op);
    return calls.executeWithBody(api.provisionSubscriber(request, null)).body();
  }

  /** Requires exactly one of package / packages. */
  public Subscriber update(String subscriberId, SubscriberUpdateRequest request) {
    Require.id(subscriberId, "subscriberId");
    Require.request(request, "request");
    Require.exactlyOnePackageField(request.getPackage(), request.getPackages(), "update subscriber");
    return calls.executeWithBody(api.updateSubscriber(subscriberId, request, null)).body();
  }

  public void remove(String subscriberId) {
    Require.id(subscriberId, "subscriberId");
    calls.execute(api.removeSubscriber(subscriberId, null));
  }

  /** Requires email and exactly one of package / packages. */
  public ProvisioningPreCheckResponse precheck(SubscriberPrecheckRequest request) {
    Require.request(request, "request");
    String op = "precheck subscriber";
    Require.field(request.getEmail(), op, "email");
    Require.exactlyOnePackageField(request.getPackage(), request.getPackages(), op);
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
   * Polls the subscriber until provisioning ends: {@code provisioned} succeeds, {@code error}
   * fails with the subscriber's errors, {@code pending_email_input},
   * {@code pending_email_validation} and {@code pending_user_migration} are holds.
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

  /** Provisions (one POST), then waits as {@link #awaitProvisioned(String)} does. */
  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request) {
    return provisionAndWait(request, null, null);
  }

  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request, WaiterConfig config,
      ProgressListener listener) {
    return awaitProvisioned(provision(request).getId(), config, listener);
  }

  /** Updates, then waits until the subscriber is out of {@code updating}. */
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
