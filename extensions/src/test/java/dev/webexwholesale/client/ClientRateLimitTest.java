package dev.webexwholesale.client;

import dev.webexwholesale.testing.InterruptingTime;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.webexwholesale.client.errors.WholesaleException;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.webexwholesale.testing.FakeTime;

/**
 * The builder's {@code rateLimit}: attempts are spaced across threads and views, replays
 * included, and an interrupted wait sends nothing. A fake clock moves only when the fake
 * sleeper "sleeps", so the spacing is exact and nothing sleeps for real.
 */
class ClientRateLimitTest extends WireMockTestBase {
  private static final String CUSTOMER = "{\"id\":\"c1\",\"status\":\"provisioned\"}";


  @BeforeEach
  void customerAnswers() {
    wm.stubFor(any(anyUrl()).willReturn(okJson(CUSTOMER)));
  }

  private WholesaleClient paced(double perSecond) {
    client.close();
    client = clientBuilder().rateLimit(perSecond).build();
    return client;
  }

  @Test
  void backToBackCallsAreSpacedByTheInterval() {
    WholesaleClient c = paced(10);

    for (int i = 0; i < 3; i++) {
      c.customers().get("c1");
    }

    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(100)), time.sleeps(), "the first call goes at once");
    assertEquals(3, requests().size());
  }

  @Test
  void anIdlePacerStoresNoBurst() {
    WholesaleClient c = paced(10);
    c.customers().get("c1");
    time.advance(Duration.ofSeconds(5));

    c.customers().get("c1");
    c.customers().get("c1");

    assertEquals(List.of(Duration.ofMillis(100)), time.sleeps(), "five idle seconds do not allow a burst");
  }

  @Test
  void viewsShareTheLimit() {
    WholesaleClient c = paced(4);

    c.withTrackingId("job-1").customers().get("c1");
    c.customers().get("c1");

    assertEquals(List.of(Duration.ofMillis(250)), time.sleeps());
  }

  @Test
  void aReplayTakesASlotLikeAnyRequest() {
    wm.resetAll();
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("up").willReturn(okJson(CUSTOMER)));
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0).withInitial(Duration.ofMillis(30))).build())
        .rateLimit(10).build();

    client.customers().get("c1");

    assertEquals(List.of(Duration.ofMillis(30), Duration.ofMillis(70)), time.sleeps(),
        "the backoff, then the rest of the 100 ms slot");
    assertEquals(2, requests().size());
  }

  @Test
  void anInterruptedWaitSendsNothing() {
    client.close();
    client = clientBuilder().time(new InterruptingTime()).rateLimit(1).build();
    client.customers().get("c1");
    wm.resetRequests();

    assertThrows(WholesaleException.class, () -> client.customers().get("c1"));

    assertEquals(0, requests().size(), "a call interrupted while waiting for its slot never reaches the server");
    assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
  }

  @Test
  void rateMustBePositiveAndFinite() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> WholesaleClient.builder().rateLimit(bad));
      assertTrue(e.getMessage().contains("rateLimit"), e.getMessage());
    }
  }
}
