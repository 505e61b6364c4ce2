package dev.webexwholesale.faults;

import dev.webexwholesale.testing.FakeTime;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.retry.Backoff;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A misbehaving server on loopback and a client with a small, deterministic retry policy:
 * 3 attempts, 1 s then 2 s backoff, Retry-After capped at 10 s, all waits recorded, none slept.
 */
abstract class FaultTestBase {
  static final String TOKEN = "tok-FAULTS-0123456789";
  static final int MAX_ATTEMPTS = 3;
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(10);
  static final String CUSTOMER_ID = "Y3VzdC0x";
  static final String SUBSCRIBER_ID = "c3ViLTE";

  WireMockServer wm;
  /** The client's time: sleeps are recorded and advance it, nothing really sleeps. */
  final FakeTime time = new FakeTime();
  WholesaleClient client;

  @BeforeEach
  void startServer() {
    wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    client = clientBuilder().build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    wm.stop();
  }

  WholesaleClient.Builder clientBuilder() {
    return WholesaleClient.builder()
        .baseUrl("http://127.0.0.1:" + wm.port() + "/v1")
        .accessToken(TOKEN)
        .time(time)
        .retryPolicy(RetryPolicy.builder()
            .maxAttempts(MAX_ATTEMPTS)
            .backoff(new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(30), 0))
            .maxRetryAfter(MAX_RETRY_AFTER)
            .build());
  }

  /** How many requests reached the server. */
  int requestCount() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  static void assertNoToken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = t.getMessage() + " " + t;
      assertFalse(text.contains(TOKEN), "token leaked in " + text);
    }
  }

  static List<Duration> seconds(long... values) {
    return java.util.Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
  }

}
