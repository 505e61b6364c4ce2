/**
 * Polling until a provisioned resource settles, modelled on AWS SDK v2 waiters.
 *
 * <p>A {@link dev.webexwholesale.client.waiter.Waiter} polls a
 * {@link dev.webexwholesale.client.waiter.Poller}, asks an ordered list of
 * {@link dev.webexwholesale.client.waiter.Acceptor}s what each answer means and stops on the
 * first terminal one. The resources' waits are declared in the spec and generated
 * ({@code client.customers().awaitProvisioned(id, WaitOptions)}); a wait's optional arguments
 * travel in one {@link dev.webexwholesale.client.waiter.WaitOptions}. The package needs only the JDK and the generated
 * models: time, sleeping, randomness, error classification and the executor are injected.
 */
package dev.webexwholesale.client.waiter;
