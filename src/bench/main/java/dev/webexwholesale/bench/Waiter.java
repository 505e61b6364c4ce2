package dev.webexwholesale.bench;

import java.time.Duration;

/** Part 4: something that returns once the customer reads {@code provisioned}. */
public interface Waiter {
  /** Prepares for a server at {@code baseUrl} (no trailing slash) polled every {@code poll}. */
  void start(String baseUrl, Duration poll) throws Exception;

  /** Returns once customer {@code id} is provisioned. */
  void awaitProvisioned(String id) throws Exception;
}
