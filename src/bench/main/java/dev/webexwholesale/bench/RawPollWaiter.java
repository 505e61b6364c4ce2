package dev.webexwholesale.bench;

import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerStatus;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Part 4 baseline: the loop a user writes by hand, GET then sleep the poll interval. */
public final class RawPollWaiter implements Waiter {
  private final OkHttpClient http = new OkHttpClient();
  private String baseUrl;
  private long pollMillis;

  @Override
  public void start(String baseUrl, Duration poll) {
    this.baseUrl = baseUrl;
    this.pollMillis = poll.toMillis();
  }

  @Override
  public void awaitProvisioned(String id) throws IOException, InterruptedException {
    Request request = new Request.Builder().url(baseUrl + "/v1/wholesale/customers/" + id)
        .header("Authorization", "Bearer " + CustomerFixture.TOKEN).build();
    while (true) {
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        Customer c = BenchJson.gson().fromJson(response.body().string(), Customer.class);
        if (CustomerStatus.PROVISIONED.equals(c.getStatus())) {
          return;
        }
      }
      Thread.sleep(pollMillis);
    }
  }
}
