package dev.webexwholesale.client;

import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The shapes {@link SubscribersResource} had before it was generated, kept for one release
 * (CHANGELOG.md): each delegates to the generated method that replaces it. Delete after 0.2.
 */
abstract class SubscribersLegacy {
  abstract WaitOutcome<Subscriber> awaitProvisioned(String subscriberId, WaitOptions waitOptions);

  abstract CompletableFuture<WaitOutcome<Subscriber>> awaitProvisionedAsync(String subscriberId,
      WaitOptions waitOptions);

  abstract WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request, WaitOptions waitOptions);

  abstract CompletableFuture<WaitOutcome<Subscriber>> provisionAndWaitAsync(SubscriberProvisionRequest request,
      WaitOptions waitOptions);

  abstract WaitOutcome<Subscriber> updateAndWait(String subscriberId, SubscriberUpdateRequest request,
      WaitOptions waitOptions);

  abstract CompletableFuture<WaitOutcome<Subscriber>> updateAndWaitAsync(String subscriberId,
      SubscriberUpdateRequest request, WaitOptions waitOptions);

  /**
   * Waits until provisioning ends.
   *
   * @param subscriberId the subscriber's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code awaitProvisioned(subscriberId, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Subscriber> awaitProvisioned(String subscriberId, WaiterConfig config, ProgressListener listener) {
    return awaitProvisioned(subscriberId, WaitOptions.of(config, listener));
  }

  /**
   * Waits until provisioning ends, without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code awaitProvisionedAsync(subscriberId, WaitOptions)}
   */
  @Deprecated
  public CompletableFuture<WaitOutcome<Subscriber>> awaitProvisionedAsync(String subscriberId, WaiterConfig config,
      ProgressListener listener) {
    return awaitProvisionedAsync(subscriberId, WaitOptions.of(config, listener));
  }

  /**
   * Provisions, then waits.
   *
   * @param request the subscriber to provision
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code provisionAndWait(request, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Subscriber> provisionAndWait(SubscriberProvisionRequest request, WaiterConfig config,
      ProgressListener listener) {
    return provisionAndWait(request, WaitOptions.of(config, listener));
  }

  /**
   * Provisions, then waits, without blocking.
   *
   * @param request the subscriber to provision
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code provisionAndWaitAsync(request, WaitOptions)}
   */
  @Deprecated
  public CompletableFuture<WaitOutcome<Subscriber>> provisionAndWaitAsync(SubscriberProvisionRequest request,
      WaiterConfig config, ProgressListener listener) {
    return provisionAndWaitAsync(request, WaitOptions.of(config, listener));
  }

  /**
   * Updates, then waits.
   *
   * @param subscriberId the subscriber's id
   * @param request the update
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code updateAndWait(subscriberId, request, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Subscriber> updateAndWait(String subscriberId, SubscriberUpdateRequest request,
      WaiterConfig config, ProgressListener listener) {
    return updateAndWait(subscriberId, request, WaitOptions.of(config, listener));
  }

  /**
   * Updates, then waits, without blocking.
   *
   * @param subscriberId the subscriber's id
   * @param request the update
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code updateAndWaitAsync(subscriberId, request, WaitOptions)}
   */
  @Deprecated
  public CompletableFuture<WaitOutcome<Subscriber>> updateAndWaitAsync(String subscriberId,
      SubscriberUpdateRequest request, WaiterConfig config, ProgressListener listener) {
    return updateAndWaitAsync(subscriberId, request, WaitOptions.of(config, listener));
  }
}
