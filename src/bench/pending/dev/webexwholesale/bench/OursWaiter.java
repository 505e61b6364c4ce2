package dev.webexwholesale.bench;

import dev.webexwholesale.client.WholesaleClient;
import java.time.Duration;

/**
 * Part 4, the client under test: {@code customers().awaitProvisioned(id)} against
 * {@link WaiterPart}'s server. PENDING: compiled only once moved to src/bench/java.
 */
public final class OursWaiter implements Waiter {
  private WholesaleClient client;

  @Override
  public void start(String baseUrl, Duration poll) {
    client = WholesaleClient.builder()
        .baseUrl(baseUrl + "/v1") // TODO(lead): drop "/v1" if the client's baseUrl excludes it
        .accessToken(CustomerFixture.TOKEN)
        .waiterPollInterval(poll) // TODO(lead): however the waiter's (initial) poll interval is set
        .build();
  }

  @Override
  public void awaitProvisioned(String id) {
    client.customers().awaitProvisioned(id);
  }
}
