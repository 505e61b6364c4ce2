package dev.webexwholesale.client.waiter;

/**
 * Fetches the current state of the awaited resource once.
 *
 * <p>Throw unchecked exceptions: they reach the caller unchanged unless the waiter's
 * {@link PollErrors} calls them transient. A checked exception other than
 * {@link InterruptedException} is wrapped in
 * {@link java.lang.reflect.UndeclaredThrowableException}.
 */
@FunctionalInterface
public interface Poller<T> {

  Polled<T> poll() throws Exception;
}
