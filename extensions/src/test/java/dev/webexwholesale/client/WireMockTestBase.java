package dev.webexwholesale.client;

import dev.webexwholesale.testing.FakeTime;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A loopback WireMock server and a client pointed at it, with a fake time. */
abstract class WireMockTestBase {
  static final String TOKEN = "tok-SECRET-0123456789";

  WireMockServer wm;
  int port;
  /** The client's time: sleeps are recorded and advance it, nothing really sleeps. */
  final FakeTime time = new FakeTime();
  WholesaleClient client;

  @BeforeEach
  void startServer() {
    wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    wm.start();
    port = wm.port();
    client = clientBuilder().build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    wm.stop();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/v1";
  }

  /** Deterministic retries: no jitter, fake sleeps. */
  WholesaleClient.Builder clientBuilder() {
    return WholesaleClient.builder()
        .baseUrl(baseUrl())
        .accessToken(TOKEN)
        .time(time)
        .retryPolicy(RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0)).build());
  }

  List<LoggedRequest> requests() {
    return wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }

}
