package dev.webexwholesale.client;

import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The shapes {@link CustomersResource} had before it was generated, kept for one release
 * (CHANGELOG.md): each delegates to the generated method that replaces it. Delete after 0.2.
 */
abstract class CustomersLegacy {
  /**
   * How long after an update's 202 an unchanged customer is taken as "not updated yet".
   *
   * @deprecated the {@code updated} waiter declares it; override with {@link WaitOptions.Builder#grace}
   */
  @Deprecated
  public static final long UPDATE_GRACE_SECONDS = 30;
  /**
   * How long after a provision's 202 a 404 is taken as "not visible yet".
   *
   * @deprecated the {@code provisioned} waiter declares it; override with {@link WaitOptions.Builder#grace}
   */
  @Deprecated
  public static final Duration NOT_YET_VISIBLE_GRACE = Duration.ofSeconds(30);

  abstract Customer get(String customerId, CustomerGetParams params, RequestOptions options);

  abstract CompletableFuture<Customer> getAsync(String customerId, CustomerGetParams params, RequestOptions options);

  abstract WaitOutcome<Customer> awaitProvisioned(String customerId, WaitOptions waitOptions);

  abstract CompletableFuture<WaitOutcome<Customer>> awaitProvisionedAsync(String customerId, WaitOptions waitOptions);

  abstract WaitOutcome<Customer> awaitRemoved(String customerId, WaitOptions waitOptions);

  abstract CompletableFuture<WaitOutcome<Customer>> awaitRemovedAsync(String customerId, WaitOptions waitOptions);

  abstract WaitOutcome<Customer> awaitUpdated(String customerId, WaitOptions waitOptions);

  abstract WaitOutcome<Customer> provisionAndWait(CustomerProvisionRequest request, WaitOptions waitOptions);

  abstract CompletableFuture<WaitOutcome<Customer>> provisionAndWaitAsync(CustomerProvisionRequest request,
      WaitOptions waitOptions);

  abstract WaitOutcome<Customer> updateAndWait(String customerId, CustomerUpdateRequest request, WaitOptions waitOptions);

  abstract CompletableFuture<WaitOutcome<Customer>> updateAndWaitAsync(String customerId, CustomerUpdateRequest request,
      WaitOptions waitOptions);

  abstract WaitOutcome<Customer> removeAndWait(String customerId, WaitOptions waitOptions);

  abstract CompletableFuture<WaitOutcome<Customer>> removeAndWaitAsync(String customerId, WaitOptions waitOptions);

  private static CustomerGetParams licenseInfo(boolean includePackageLicenseInfo) {
    return CustomerGetParams.builder().includePackageLicenseInfo(includePackageLicenseInfo ? Boolean.TRUE : null)
        .build();
  }

  /**
   * Reads the customer, with each package's license ids when asked.
   *
   * @param customerId the customer's id
   * @param includePackageLicenseInfo whether packages list their license ids
   * @return the customer
   * @deprecated use {@code get(customerId, CustomerGetParams.builder().includePackageLicenseInfo(true).build())}
   */
  @Deprecated
  public Customer get(String customerId, boolean includePackageLicenseInfo) {
    return get(customerId, licenseInfo(includePackageLicenseInfo), null);
  }

  /**
   * As {@link #get(String, boolean)} with this call's own options.
   *
   * @param customerId the customer's id
   * @param includePackageLicenseInfo whether packages list their license ids
   * @param options this call's options (null: none)
   * @return the customer
   * @deprecated use {@code get(customerId, CustomerGetParams, RequestOptions)}
   */
  @Deprecated
  public Customer get(String customerId, boolean includePackageLicenseInfo, RequestOptions options) {
    return get(customerId, licenseInfo(includePackageLicenseInfo), options);
  }

  /**
   * {@link #get(String, boolean, RequestOptions)} without blocking.
   *
   * @param customerId the customer's id
   * @param includePackageLicenseInfo whether packages list their license ids
   * @param options this call's options (null: none)
   * @return the customer, or the typed failure
   * @deprecated use {@code getAsync(customerId, CustomerGetParams, RequestOptions)}
   */
  @Deprecated
  public CompletableFuture<Customer> getAsync(String customerId, boolean includePackageLicenseInfo,
      RequestOptions options) {
    return getAsync(customerId, licenseInfo(includePackageLicenseInfo), options);
  }

  /**
   * Waits until provisioning ends.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code awaitProvisioned(customerId, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Customer> awaitProvisioned(String customerId, WaiterConfig config, ProgressListener listener) {
    return awaitProvisioned(customerId, WaitOptions.of(config, listener));
  }

  /**
   * Waits until provisioning ends, without blocking.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code awaitProvisionedAsync(customerId, WaitOptions)}
   */
  @Deprecated
  public CompletableFuture<WaitOutcome<Customer>> awaitProvisionedAsync(String customerId, WaiterConfig config,
      ProgressListener listener) {
    return awaitProvisionedAsync(customerId, WaitOptions.of(config, listener));
  }

  /**
   * The wait after a provision's 202.
   *
   * @param customerId the id the provision's answer named
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated {@code awaitProvisioned(customerId, WaitOptions)} is now this very wait
   */
  @Deprecated
  public WaitOutcome<Customer> awaitAfterProvision(String customerId, WaiterConfig config, ProgressListener listener) {
    return awaitProvisioned(customerId, WaitOptions.of(config, listener));
  }

  /**
   * The wait after an update's 202.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code awaitUpdated(customerId, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Customer> awaitAfterUpdate(String customerId, WaiterConfig config, ProgressListener listener) {
    return awaitUpdated(customerId, WaitOptions.of(config, listener));
  }

  /**
   * Waits until the customer answers 404.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code awaitRemoved(customerId, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Customer> awaitRemoved(String customerId, WaiterConfig config, ProgressListener listener) {
    return awaitRemoved(customerId, WaitOptions.of(config, listener));
  }

  /**
   * Waits until the customer answers 404, without blocking.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code awaitRemovedAsync(customerId, WaitOptions)}
   */
  @Deprecated
  public CompletableFuture<WaitOutcome<Customer>> awaitRemovedAsync(String customerId, WaiterConfig config,
      ProgressListener listener) {
    return awaitRemovedAsync(customerId, WaitOptions.of(config, listener));
  }

  /**
   * Provisions, then waits.
   *
   * @param request the customer to provision
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code provisionAndWait(request, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Customer> provisionAndWait(CustomerProvisionRequest request, WaiterConfig config,
      ProgressListener listener) {
    return provisionAndWait(request, WaitOptions.of(config, listener));
  }

  /**
   * Provisions, then waits, without blocking.
   *
   * @param request the customer to provision
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code provisionAndWaitAsync(request, WaitOptions)}
   */
  @Deprecated
  public CompletableFuture<WaitOutcome<Customer>> provisionAndWaitAsync(CustomerProvisionRequest request,
      WaiterConfig config, ProgressListener listener) {
    return provisionAndWaitAsync(request, WaitOptions.of(config, listener));
  }

  /**
   * Updates, then waits.
   *
   * @param customerId the customer's id
   * @param request the update
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code updateAndWait(customerId, request, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Customer> updateAndWait(String customerId, CustomerUpdateRequest request, WaiterConfig config,
      ProgressListener listener) {
    return updateAndWait(customerId, request, WaitOptions.of(config, listener));
  }

  /**
   * Updates, then waits, without blocking.
   *
   * @param customerId the customer's id
   * @param request the update
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code updateAndWaitAsync(customerId, request, WaitOptions)}
   */
  @Deprecated
  public CompletableFuture<WaitOutcome<Customer>> updateAndWaitAsync(String customerId, CustomerUpdateRequest request,
      WaiterConfig config, ProgressListener listener) {
    return updateAndWaitAsync(customerId, request, WaitOptions.of(config, listener));
  }

  /**
   * Removes, then waits.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code removeAndWait(customerId, WaitOptions)}
   */
  @Deprecated
  public WaitOutcome<Customer> removeAndWait(String customerId, WaiterConfig config, ProgressListener listener) {
    return removeAndWait(customerId, WaitOptions.of(config, listener));
  }

  /**
   * Removes, then waits, without blocking.
   *
   * @param customerId the customer's id
   * @param config the wait's settings, or null
   * @param listener told of every poll, or null
   * @return how the wait ended
   * @deprecated use {@code removeAndWaitAsync(customerId, WaitOptions)}
   */
  @Deprecated
  public CompletableFuture<WaitOutcome<Customer>> removeAndWaitAsync(String customerId, WaiterConfig config,
      ProgressListener listener) {
    return removeAndWaitAsync(customerId, WaitOptions.of(config, listener));
  }
}
