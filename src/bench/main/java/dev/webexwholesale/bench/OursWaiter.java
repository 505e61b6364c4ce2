package dev.webexwholesale.bench;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.waiter.WaiterConfig;
import java.time.Duration;

/**
 * Part 4, the client under test: {@code customers().awaitProvisioned(id)} against
 * {@link WaiterPart}'s server, polling at a fixed interval (no backoff, no jitter) so that the
 * latency can be read against one number.
 */
public final class OursWaiter implements Waiter {
  private WholesaleClient client;

  @Override
  public void start(String baseUrl, Duration poll) {
    client = WholesaleClient.builder()
        .baseUrl(baseUrl + "/v1")
        .accessToken(CustomerFixture.TOKEN)
        .waiterConfig(WaiterConfig.builder()
            .backoff(Backoff.fixed(poll))
            .maxTime(Duration.ofMinutes(1))
            .build())
        .build();
  }

  @Override
  public void awaitProvisioned(String id) {
    // orThrow: a timeout or failure must break the run, not be timed as a success.
    client.customers().awaitProvisioned(id).orThrow();
  }
}
