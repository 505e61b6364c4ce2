package dev.webexwholesale.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.ServiceUnavailableException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.internal.retry.RetryAfter;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11, bounded time: every call and every wait ends within its budget, whatever the server does. */
class BoundedTimeTest extends WireMockTestBase {
  private static final String CUSTOMER = "{\"id\":\"c1\",\"status\":\"provisioning\"}";

  @Test
  void aBodyDrippingSlowerThanTheCallTimeoutEndsTheCall() {
    // Every chunk arrives well within the read timeout: only a whole-call deadline stops this.
    wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/c1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(CUSTOMER + " ".repeat(200))
        .withChunkedDribbleDelay(40, 20_000)));
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofMillis(800)).time(Time.system()).build();

    TransportException e = assertThrows(TransportException.class, () -> client.customers().get("c1"));

    assertEquals(TransportException.Kind.TIMEOUT, e.kind(), e.getMessage());
  }

  @Test
  void retriesStartNoWaitThatWouldEndPastTheCallDeadline() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));
    client.close();
    client = clientBuilder().callTimeout(Duration.ofSeconds(45)).build();

    assertThrows(ServiceUnavailableException.class, () -> client.customers().get("c1"));

    assertEquals(List.of(Duration.ofSeconds(30)), time.sleeps(), "the second 30 s wait would pass the 45 s deadline");
    assertEquals(2, requests().size());
  }

  @Test
  void aWaitEndsAtOnceWhenTheServerAsksForMoreThanItsRemainingTime() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));
    WaiterConfig fiveSeconds = WaiterConfig.builder().maxTime(Duration.ofSeconds(5)).build();

    WaitOutcome<Customer> outcome = client.customers().awaitProvisioned("c1", fiveSeconds, null);

    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertEquals(Optional.of(Duration.ofDays(1)), outcome.refusedRetryAfter());
    assertTrue(outcome.describe().contains("retry after 86400 s"), outcome.describe());
    assertEquals(List.of(), time.sleeps(), "neither the retry layer nor the waiter slept");
    assertEquals(1, requests().size(), "a poll is one request: the waiter decides about a 429");
  }

  @Test
  void eachPollIsBoundedByTheWaitsRemainingTime() {
    // The server holds the answer longer than the whole wait; the call timeout is far longer.
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody(CUSTOMER).withFixedDelay(20_000)));
    client.close();
    client = clientBuilder().time(Time.system()).callTimeout(Duration.ofMinutes(2)).build();
    WaiterConfig shortWait = WaiterConfig.builder().maxTime(Duration.ofMillis(700))
        .backoff(Backoff.fixed(Duration.ofMillis(100))).build();

    WaitOutcome<Customer> outcome = client.customers().awaitProvisioned("c1", shortWait, null);

    assertEquals(WaitOutcome.Kind.TIMED_OUT, outcome.kind());
    assertTrue(outcome.elapsed().compareTo(Duration.ofSeconds(10)) < 0, "the poll did not outlive the wait: "
        + outcome.elapsed());
  }

  @Test
  void hugeRetryAfterValuesAreClampedNotThrown() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "9300000000")));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.customers().get("c1"));

    assertEquals(RetryAfter.MAX, e.retryAfter().orElseThrow());
    assertEquals(1, requests().size());
  }

  @Test
  void retryAfterAcceptsAllThreeHttpDateFormsAndFarFutureDates() {
    Instant now = Instant.parse("1994-11-06T08:49:00Z");
    Duration in37s = Duration.ofSeconds(37);
    assertEquals(Optional.of(in37s), RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", now));
    assertEquals(Optional.of(in37s), RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", now));
    assertEquals(Optional.of(in37s), RetryAfter.parse("Sun Nov  6 08:49:37 1994", now));
    assertEquals(Optional.of(RetryAfter.MAX), RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", now));
    assertEquals(Optional.of(RetryAfter.MAX), RetryAfter.parse("99999999999999999999999", now));
    assertEquals(Optional.of(RetryAfter.MAX), RetryAfter.parse("9300000000", now));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sat, 05 Nov 1994 08:49:37 GMT", now));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
  }

  @Test
  void buildersRefuseDurationsTheyCannotRepresent() {
    Duration absurd = Duration.ofSeconds(Long.MAX_VALUE);
    WholesaleClient.Builder b = WholesaleClient.builder();
    assertThrows(IllegalArgumentException.class, () -> b.callTimeout(absurd));
    assertThrows(IllegalArgumentException.class, () -> b.readTimeout(absurd));
    assertThrows(IllegalArgumentException.class, () -> b.connectTimeout(absurd));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetryAfter(absurd));
    assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), 2, absurd, 0));
    assertThrows(IllegalArgumentException.class, () -> WaiterConfig.builder().maxTime(absurd));
    assertThrows(IllegalArgumentException.class, () -> Backoff.fixed(absurd));
  }

  @Test
  void thePacerRunsOnMonotonicTimeSoAWallClockStepBackStallsNothing() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(CUSTOMER)));
    FakeTime steady = new FakeTime();
    Time wallStepsBack = new Time() {
      private int reads;

      @Override
      public long nanoTime() {
        return steady.nanoTime();
      }

      @Override
      public Instant now() {
        return steady.now().minus(Duration.ofHours(++reads)); // an NTP step back on every read
      }

      @Override
      public void sleep(Duration d) {
        steady.sleep(d);
      }
    };
    client.close();
    client = clientBuilder().time(wallStepsBack).rateLimit(10).build();

    for (int i = 0; i < 3; i++) {
      client.customers().get("c1");
    }

    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(100)), steady.sleeps());
    assertFalse(steady.sleeps().stream().anyMatch(d -> d.compareTo(Duration.ofSeconds(1)) > 0));
  }
}
