/**
 * How patiently the client replays failed calls: {@link dev.webexwholesale.client.retry.RetryPolicy}
 * (attempts, Retry-After cap) and {@link dev.webexwholesale.client.retry.Backoff}, the one
 * exponential backoff value shared with the waits between polls
 * ({@link dev.webexwholesale.client.waiter.WaiterConfig#backoff()}). Which failures are replayed
 * is fixed by the client: see {@code docs/client.md}.
 */
package dev.webexwholesale.client.retry;
