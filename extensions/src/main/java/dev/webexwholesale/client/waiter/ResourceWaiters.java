package dev.webexwholesale.client.waiter;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.Subscriber;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The ready-made waits the client layer exposes, sharing one clock, sleeper, jitter source,
 * error classification, default configuration and executor. Every method also has an overload
 * with a per-call {@link WaiterConfig} and {@link ProgressListener} (null = the defaults).
 *
 * @deprecated the client's waits are declared in the spec and generated on the resources
 *     ({@code client.customers().awaitProvisioned(id, WaitOptions)}); build a {@link Waiter}
 *     from your own acceptors for anything else. Kept for one release.
 */
@Deprecated
public final class ResourceWaiters {

  private final Waiter<Customer> customerProvisioned;
  private final Waiter<Customer> customerRemoved;
  private final Waiter<Subscriber> subscriberProvisioned;

  private ResourceWaiters(Consumer<Waiter.Builder<?>> settings) {
    this.customerProvisioned = build(Waiter.builder(CustomerAcceptors.view(), CustomerAcceptors.provisioned()), settings);
    this.customerRemoved = build(Waiter.builder(CustomerAcceptors.view(), CustomerAcceptors.removed()), settings);
    this.subscriberProvisioned = build(Waiter.builder(SubscriberAcceptors.view(), SubscriberAcceptors.provisioned()), settings);
  }

  /**
   * Waiters whose builders all get the same {@code settings}, for example
   * {@code b -> b.time(time).transientErrors(isTransient, retryAfter).config(config)}.
   *
   * @param settings applied to each waiter's builder
   * @return the waiters
   */
  public static ResourceWaiters create(Consumer<Waiter.Builder<?>> settings) {
    return new ResourceWaiters(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Production defaults: system clock, real sleeping, no transient errors, default config.
   *
   * @return the waiters
   */
  public static ResourceWaiters defaults() {
    return new ResourceWaiters(b -> { });
  }

  private static <T> Waiter<T> build(Waiter.Builder<T> builder, Consumer<Waiter.Builder<?>> settings) {
    settings.accept(builder);
    return builder.build();
  }

  /**
   * The wait until a customer is {@code provisioned}.
   *
   * @return the waiter
   */
  public Waiter<Customer> customerProvisioned() {
    return customerProvisioned;
  }

  /**
   * The wait until a removed customer answers 404.
   *
   * @return the waiter
   */
  public Waiter<Customer> customerRemoved() {
    return customerRemoved;
  }

  /**
   * The wait until a subscriber is {@code provisioned}.
   *
   * @return the waiter
   */
  public Waiter<Subscriber> subscriberProvisioned() {
    return subscriberProvisioned;
  }

  /**
   * Waits until the customer is {@code provisioned}, with the default configuration.
   *
   * @param poller reads the customer once
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitCustomerProvisioned(Poller<Customer> poller) {
    return customerProvisioned.await(poller);
  }

  /**
   * Waits until the customer is {@code provisioned}.
   *
   * @param poller reads the customer once
   * @param config this wait's configuration; null means the default
   * @param listener told about each poll; null means the default
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitCustomerProvisioned(Poller<Customer> poller, WaiterConfig config, ProgressListener listener) {
    return customerProvisioned.await(poller, config, listener);
  }

  /**
   * {@link #awaitCustomerProvisioned(Poller)} without blocking.
   *
   * @param poller reads the customer once
   * @return the outcome, later
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitCustomerProvisionedAsync(Poller<Customer> poller) {
    return customerProvisioned.awaitAsync(poller);
  }

  /**
   * {@link #awaitCustomerProvisioned(Poller, WaiterConfig, ProgressListener)} without blocking.
   *
   * @param poller reads the customer once
   * @param config this wait's configuration; null means the default
   * @param listener told about each poll; null means the default
   * @return the outcome, later
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitCustomerProvisionedAsync(
      Poller<Customer> poller, WaiterConfig config, ProgressListener listener) {
    return customerProvisioned.awaitAsync(poller, config, listener, null);
  }

  /**
   * Until the customer answers 404 (map it to {@link PollAnswer#gone()}): success without resource.
   *
   * @param poller reads the customer once
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitCustomerRemoved(Poller<Customer> poller) {
    return customerRemoved.await(poller);
  }

  /**
   * Until the customer answers 404, with a per-call configuration and listener.
   *
   * @param poller reads the customer once
   * @param config this wait's configuration; null means the default
   * @param listener told about each poll; null means the default
   * @return how the wait ended
   */
  public WaitOutcome<Customer> awaitCustomerRemoved(Poller<Customer> poller, WaiterConfig config, ProgressListener listener) {
    return customerRemoved.await(poller, config, listener);
  }

  /**
   * {@link #awaitCustomerRemoved(Poller)} without blocking.
   *
   * @param poller reads the customer once
   * @return the outcome, later
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitCustomerRemovedAsync(Poller<Customer> poller) {
    return customerRemoved.awaitAsync(poller);
  }

  /**
   * {@link #awaitCustomerRemoved(Poller, WaiterConfig, ProgressListener)} without blocking.
   *
   * @param poller reads the customer once
   * @param config this wait's configuration; null means the default
   * @param listener told about each poll; null means the default
   * @return the outcome, later
   */
  public CompletableFuture<WaitOutcome<Customer>> awaitCustomerRemovedAsync(
      Poller<Customer> poller, WaiterConfig config, ProgressListener listener) {
    return customerRemoved.awaitAsync(poller, config, listener, null);
  }

  /**
   * Waits until the subscriber is {@code provisioned}, with the default configuration.
   *
   * @param poller reads the subscriber once
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> awaitSubscriberProvisioned(Poller<Subscriber> poller) {
    return subscriberProvisioned.await(poller);
  }

  /**
   * Waits until the subscriber is {@code provisioned}.
   *
   * @param poller reads the subscriber once
   * @param config this wait's configuration; null means the default
   * @param listener told about each poll; null means the default
   * @return how the wait ended
   */
  public WaitOutcome<Subscriber> awaitSubscriberProvisioned(
      Poller<Subscriber> poller, WaiterConfig config, ProgressListener listener) {
    return subscriberProvisioned.await(poller, config, listener);
  }

  /**
   * {@link #awaitSubscriberProvisioned(Poller)} without blocking.
   *
   * @param poller reads the subscriber once
   * @return the outcome, later
   */
  public CompletableFuture<WaitOutcome<Subscriber>> awaitSubscriberProvisionedAsync(Poller<Subscriber> poller) {
    return subscriberProvisioned.awaitAsync(poller);
  }

  /**
   * {@link #awaitSubscriberProvisioned(Poller, WaiterConfig, ProgressListener)} without blocking.
   *
   * @param poller reads the subscriber once
   * @param config this wait's configuration; null means the default
   * @param listener told about each poll; null means the default
   * @return the outcome, later
   */
  public CompletableFuture<WaitOutcome<Subscriber>> awaitSubscriberProvisionedAsync(
      Poller<Subscriber> poller, WaiterConfig config, ProgressListener listener) {
    return subscriberProvisioned.awaitAsync(poller, config, listener, null);
  }
}
