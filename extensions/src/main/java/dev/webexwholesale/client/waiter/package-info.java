/**
 * Polling until a provisioned resource settles, modelled on AWS SDK v2 waiters.
 *
 * <p>A {@link dev.webexwholesale.client.waiter.Waiter} polls a
 * {@link dev.webexwholesale.client.waiter.Poller}, asks an ordered list of
 * {@link dev.webexwholesale.client.waiter.Acceptor}s what each answer means and stops on the
 * first terminal one. {@link dev.webexwholesale.client.waiter.ResourceWaiters} offers the
 * ready-made customer and subscriber waits. The package needs only the JDK and the generated
 * models: time, sleeping, randomness, error classification and the executor are injected.
 */
package dev.webexwholesale.client.waiter;
