package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.webexwholesale.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Retry-After waits are lengthened by up to the policy's jitter (never shortened), so that
 * callers refused in the same instant do not all return in the same instant.
 */
class RetryAfterJitterTest extends WireMockTestBase {

  @Test
  void retryAfterIsLengthenedByUpToTheJitter() {
    RetryPolicy p = RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0.2)).build();
    assertEquals(Duration.ofSeconds(1), p.retryAfterWait(Duration.ofSeconds(1), 0.0));
    assertEquals(Duration.ofMillis(1100), p.retryAfterWait(Duration.ofSeconds(1), 0.5));
    assertEquals(Duration.ofMillis(1200), p.retryAfterWait(Duration.ofSeconds(1), 1.0));
    assertEquals(Duration.ZERO, p.retryAfterWait(Duration.ZERO, 0.9), "an immediate retry stays immediate");
  }

  @Test
  void theCapStillHolds() {
    RetryPolicy p = RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0.2)).maxRetryAfter(Duration.ofSeconds(10)).build();
    assertEquals(Duration.ofSeconds(10), p.retryAfterWait(Duration.ofSeconds(9), 0.99));
    assertEquals(Duration.ofSeconds(10), p.retryAfterWait(Duration.ofHours(1), 0.0));
  }

  @Test
  void noJitterKeepsTheServersWaitExactly() {
    RetryPolicy p = RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0)).build();
    assertEquals(Duration.ofSeconds(7), p.retryAfterWait(Duration.ofSeconds(7), 0.99));
  }

  @Test
  void refusedCallsComeBackAtDifferentTimesButNeverEarly() {
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0.2)).build()).build();

    for (int i = 0; i < 20; i++) {
      wm.resetAll();
      wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
          .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
      wm.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok")
          .willReturn(okJson("{\"id\":\"c1\",\"status\":\"provisioned\"}")));
      client.customers().get("c1");
    }

    assertEquals(20, time.sleeps().size());
    Set<Duration> distinct = new HashSet<>(time.sleeps());
    for (Duration d : time.sleeps()) {
      assertTrue(d.compareTo(Duration.ofSeconds(1)) >= 0 && d.compareTo(Duration.ofMillis(1200)) <= 0, d.toString());
    }
    assertTrue(distinct.size() > 1, "20 refused calls all waited exactly " + time.sleeps().get(0));
  }
}
