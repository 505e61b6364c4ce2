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
 */
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
   */
  public static ResourceWaiters create(Consumer<Waiter.Builder<?>> settings) {
    return new ResourceWaiters(Objects.requireNonNull(settings, "settings"));
  }

  /** Production defaults: system clock, real sleeping, no transient errors, default config. */
  public static ResourceWaiters defaults() {
    return new ResourceWaiters(b -> { });
  }

  private static <T> Waiter<T> build(Waiter.Builder<T> builder, Consumer<Waiter.Builder<?>> settings) {
    settings.accept(builder);
    return builder.build();
  }

  public Waiter<Customer> customerProvisioned() {
    return customerProvisioned;
  }

  public Waiter<Customer> customerRemoved() {
    return customerRemoved;
  }

  public Waiter<Subscriber> subscriberProvisioned() {
    return subscriberProvisioned;
  }

  public WaitOutcome<Customer> awaitCustomerProvisioned(Poller<Customer> poller) {
    return customerProvisioned.await(poller);
  }

  public WaitOutcome<Customer> awaitCustomerProvisioned(Poller<Customer> poller, WaiterConfig config, ProgressListener listener) {
    return customerProvisioned.await(poller, config, listener);
  }

  public CompletableFuture<WaitOutcome<Customer>> awaitCustomerProvisionedAsync(Poller<Customer> poller) {
    return customerProvisioned.awaitAsync(poller);
  }

  public CompletableFuture<WaitOutcome<Customer>> awaitCustomerProvisionedAsync(
      Poller<Customer> poller, WaiterConfig config, ProgressListener listener) {
    return customerProvisioned.awaitAsync(poller, config, listener, null);
  }

  /** Until the customer answers 404 (map it to {@link PollAnswer#gone()}): success without resource. */
  public WaitOutcome<Customer> awaitCustomerRemoved(Poller<Customer> poller) {
    return customerRemoved.await(poller);
  }

  public WaitOutcome<Customer> awaitCustomerRemoved(Poller<Customer> poller, WaiterConfig config, ProgressListener listener) {
    return customerRemoved.await(poller, config, listener);
  }

  public CompletableFuture<WaitOutcome<Customer>> awaitCustomerRemovedAsync(Poller<Customer> poller) {
    return customerRemoved.awaitAsync(poller);
  }

  public CompletableFuture<WaitOutcome<Customer>> awaitCustomerRemovedAsync(
      Poller<Customer> poller, WaiterConfig config, ProgressListener listener) {
    return customerRemoved.awaitAsync(poller, config, listener, null);
  }

  public WaitOutcome<Subscriber> awaitSubscriberProvisioned(Poller<Subscriber> poller) {
    return subscriberProvisioned.await(poller);
  }

  public WaitOutcome<Subscriber> awaitSubscriberProvisioned(
      Poller<Subscriber> poller, WaiterConfig config, ProgressListener listener) {
    return subscriberProvisioned.await(poller, config, listener);
  }

  public CompletableFuture<WaitOutcome<Subscriber>> awaitSubscriberProvisionedAsync(Poller<Subscriber> poller) {
    return subscriberProvisioned.awaitAsync(poller);
  }

  public CompletableFuture<WaitOutcome<Subscriber>> awaitSubscriberProvisionedAsync(
      Poller<Subscriber> poller, WaiterConfig config, ProgressListener listener) {
    return subscriberProvisioned.awaitAsync(poller, config, listener, null);
  }
}
