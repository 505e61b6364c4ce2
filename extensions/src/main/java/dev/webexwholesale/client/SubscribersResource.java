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
import retrofit2.Call;

/**
 * Wholesale subscribers. Every method throws a
 * {@link dev.webexwholesale.client.errors.WholesaleException} subtype when the call fails and
 * {@link IllegalArgumentException} (before sending anything) when the input is incomplete.
 */
public final class SubscribersResource {
  private final SubscribersApi api;
  private final Calls calls;

  SubscribersResource(SubscribersApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  public Subscriber get(String subscriberId) {
    Require.id(subscriberId, "subscriberId");
    return calls.execute(api.getSubscriber(subscriberId, null)).body();
  }

  /** Requires customerId, email and exactly one of package / packages. */
  public Subscriber provision(SubscriberProvisionRequest request) {
    Require.request(request, "request");
    String op = "provision subscriber";
    Require.field(request.getCustomerId(), op, "customerId");
    Require.field(request.getEmail(), op, "email");
    Require.exactlyOnePackageField(request.getPackage(), request.getPackages(), op);
    return calls.execute(api.provisionSubscriber(request, null)).body();
  }

  /** Requires exactly one of package / packages. */
  public Subscriber update(String subscriberId, SubscriberUpdateRequest request) {
    Require.id(subscriberId, "subscriberId");
    Require.request(request, "request");
    Require.exactlyOnePackageField(request.getPackage(), request.getPackages(), "update subscriber");
    return calls.execute(api.updateSubscriber(subscriberId, request, null)).body();
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
    return calls.execute(api.precheckSubscriber(request, null)).body();
  }

  /** All matching subscribers, fetched page by page as the iteration advances. */
  public PagedIterable<Subscriber> list(SubscriberListParams params) {
    Require.request(params, "params");
    return new PagedIterable<>(
        () -> calls.firstPage(listCall(params), SubscriberList::getItems),
        url -> calls.nextPage(url, Calls.invocationOf(listCall(params)), SubscriberList.class,
            SubscriberList::getItems));
  }

  public PagedIterable<Subscriber> list() {
    return list(SubscriberListParams.none());
  }

  public Page<Subscriber> listPage(SubscriberListParams params) {
    Require.request(params, "params");
    return calls.firstPage(listCall(params), SubscriberList::getItems);
  }

  private Call<SubscriberList> listCall(SubscriberListParams p) {
    return api.listSubscribers(null, p.max(), p.offset(), p.customerId(), p.personId(), p.externalCustomerId(),
        p.email(), p.status(), p.after(), p.lastStatusChange(), p.sortBy(), p.sortOrder());
  }
}
