package dev.webexwholesale.client;

import dev.webexwholesale.testing.FakeTime;
import dev.webexwholesale.testing.InterruptingTime;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.client.errors.BadGatewayException;
import dev.webexwholesale.client.errors.CallInterruptedException;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.BadRequestException;
import dev.webexwholesale.client.errors.InternalServerErrorException;
import dev.webexwholesale.client.errors.ServiceUnavailableException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RetryTest extends WireMockTestBase {

  /** Answers the given responses in order, the last one for ever after. */
  private void answers(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      String state = i == 0 ? Scenario.STARTED : "step" + i;
      var mapping = any(anyUrl()).inScenario("seq").whenScenarioStateIs(state).willReturn(responses[i]);
      if (i < responses.length - 1) {
        mapping.willSetStateTo("step" + (i + 1));
      }
      wm.stubFor(mapping);
    }
  }

  private static ResponseDefinitionBuilder status(int code) {
    return aResponse().withStatus(code).withHeader("Content-Type", "application/json").withBody("{}");
  }

  private static ResponseDefinitionBuilder reset() {
    return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
  }

  private static ResponseDefinitionBuilder accepted() {
    return aResponse().withStatus(202).withHeader("Location", "http://127.0.0.1/v1/wholesale/customers/new1");
  }

  @Test
  void getIsRetriedOn503WithExponentialBackoff() {
    answers(status(503), status(503), status(200));

    client.customers().get("c1");

    assertEquals(3, requests().size());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void eachRetryableStatusIsRetriedForGet() {
    answers(status(429), status(423), status(502), status(504), status(200));
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0)).maxAttempts(5).build()).build();

    client.customers().get("c1");

    assertEquals(5, requests().size());
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    answers(status(429).withHeader("Retry-After", "7"), status(200));

    client.customers().get("c1");

    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void aRetryAfterBeyondThePolicysCapEndsTheCallAtOnceNamingTheDelay() {
    answers(status(429).withHeader("Retry-After", "3600"), status(200));
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0)).maxRetryAfter(Duration.ofSeconds(10)).build())
        .build();

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.customers().get("c1"));

    assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
    assertTrue(e.getMessage().contains("retry after 3600 s"), e.getMessage());
    assertTrue(time.sleeps().isEmpty(), "no early retry");
    assertEquals(1, requests().size());
  }

  @Test
  void retryAfterHttpDateIsHonoured() {
    Instant now = Instant.parse("2025-03-01T12:00:00Z");
    answers(status(503).withHeader("Retry-After", "Sat, 01 Mar 2025 12:00:09 GMT"), status(200));
    client.close();
    FakeTime at = new FakeTime(now);
    client = clientBuilder().time(at).build();

    client.customers().get("c1");

    assertEquals(List.of(Duration.ofSeconds(9)), at.sleeps());
  }

  @Test
  void finalFailureIsTheTypedExceptionOfTheLastAnswer() {
    answers(status(503), status(503), status(503), status(502));

    assertThrows(BadGatewayException.class, () -> client.customers().get("c1"));

    assertEquals(4, requests().size(), "default maxAttempts");
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void clientErrorsAreNotRetried() {
    answers(status(400));

    assertThrows(BadRequestException.class, () -> client.customers().get("c1"));

    assertEquals(1, requests().size());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void postIsNotRetriedAfter500() {
    answers(status(500), accepted());

    assertThrows(InternalServerErrorException.class, () -> client.customers().provision(TestData.customerProvision()));

    assertEquals(1, requests().size());
  }

  @Test
  void postIsNotRetriedAfter503() {
    answers(status(503), accepted());

    assertThrows(ServiceUnavailableException.class, () -> client.customers().provision(TestData.customerProvision()));

    assertEquals(1, requests().size());
  }

  @Test
  void postIsNotReplayedByOkHttpOn503WithRetryAfterZero() {
    answers(status(503).withHeader("Retry-After", "0"), accepted());

    assertThrows(ServiceUnavailableException.class, () -> client.customers().provision(TestData.customerProvision()));

    assertEquals(1, requests().size());
  }

  @Test
  void postIsNotRetriedAfterConnectionReset() {
    answers(reset(), accepted());

    TransportException e = assertThrows(TransportException.class,
        () -> client.customers().provision(TestData.customerProvision()));

    assertTrue(e.mayHaveReachedServer());
    assertEquals(1, requests().size());
  }

  @Test
  void postIsRetriedWhenNoConnectionCouldBeMadeSinceNothingWasSent() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    try (WholesaleClient c = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort + "/v1").build()) {
      TransportException e = assertThrows(TransportException.class,
          () -> c.customers().provision(TestData.customerProvision()));

      assertEquals(TransportException.Kind.CONNECT, e.kind());
      assertEquals(false, e.mayHaveReachedServer());
    }
    assertEquals(RetryPolicy.defaults().maxAttempts() - 1, time.sleeps().size(), "every attempt but the last waited");
  }

  @Test
  void postIsRetriedOn429And423() {
    answers(status(429).withHeader("Retry-After", "2"), status(423), accepted());

    ProvisioningAccepted a = client.customers().provision(TestData.customerProvision());

    assertEquals("new1", a.id());
    assertEquals(3, requests().size());
    assertTrue(requests().stream().allMatch(r -> r.getMethod().getName().equals("POST")));
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), time.sleeps(),
        "Retry-After first, then backoff for the second retry");
  }

  @Test
  void precheckPostIsRetriedOn429() {
    answers(status(429), aResponse().withHeader("Content-Type", "application/json").withBody("{\"message\":\"success\"}"));

    assertEquals("success", client.customers().precheck(TestData.customerPrecheck()).getMessage());
    assertEquals(2, requests().size());
  }

  @Test
  void putIsRetriedAfterConnectionReset() {
    answers(reset(), aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody("{}"));

    client.customers().update("c1", TestData.customerUpdate());

    assertEquals(2, requests().size());
  }

  @Test
  void deleteIsRetriedOn504() {
    answers(status(504), aResponse().withStatus(204));

    client.subscribers().remove("s1");

    assertEquals(2, requests().size());
  }

  @Test
  void getIsRetriedWhenTheConnectionIsRefused() {
    int closedPort = port;
    wm.stop();
    try (WholesaleClient c = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort + "/v1").build()) {
      TransportException e = assertThrows(TransportException.class, () -> c.customers().get("c1"));
      assertEquals(TransportException.Kind.CONNECT, e.kind());
    }
    assertEquals(3, time.sleeps().size(), "4 attempts, 3 waits");
  }

  @Test
  void tokenSupplierIsAskedOnEveryAttempt() {
    answers(status(503), status(429), status(200));
    AtomicInteger n = new AtomicInteger();
    client.close();
    client = clientBuilder().accessToken(() -> "tok-" + n.incrementAndGet()).build();

    client.customers().get("c1");

    List<String> auth = requests().stream().map(r -> r.getHeader("Authorization")).collect(Collectors.toList());
    assertEquals(List.of("Bearer tok-1", "Bearer tok-2", "Bearer tok-3"), auth);
  }

  @Test
  void responseListenerSeesAttemptsAndTrackingId() {
    answers(status(503), status(200).withHeader("trackingid", "ROUTER_ok"));
    List<ResponseMetadata> seen = new CopyOnWriteArrayList<>();
    client.close();
    client = clientBuilder().responseListener(seen::add).build();

    client.customers().get("c1");

    assertEquals(1, seen.size());
    ResponseMetadata m = seen.get(0);
    assertEquals("GET", m.method());
    assertEquals("/v1/wholesale/customers/c1", m.path());
    assertEquals(200, m.status());
    assertEquals("ROUTER_ok", m.trackingId());
    assertEquals(2, m.attempts());
  }

  @Test
  void interruptedWaitStopsRetryingAndKeepsTheFlag() {
    answers(status(503), status(200));
    client.close();
    client = clientBuilder().time(new InterruptingTime()).build();
    try {
      CallInterruptedException e = assertThrows(CallInterruptedException.class, () -> client.customers().get("c1"));
      assertTrue(Thread.currentThread().isInterrupted());
      assertFalse(e.mayHaveReachedServer(), "interrupted between attempts: nothing was in flight");
      assertTrue(e.getMessage().contains("between attempts"), e.getMessage());
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, requests().size());
  }

  @Test
  void noneMeansOneAttempt() {
    answers(status(503), status(200));
    client.close();
    client = clientBuilder().retryPolicy(RetryPolicy.none()).build();

    assertThrows(ServiceUnavailableException.class, () -> client.customers().get("c1"));
    assertEquals(1, requests().size());
  }

  @Test
  void backoffIsCappedAndJittered() {
    RetryPolicy p = RetryPolicy.builder()
        .backoff(new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(5), 0.2)).build();
    assertEquals(Duration.ofMillis(800), p.backoff(1, 0.0));
    assertEquals(Duration.ofMillis(1200), p.backoff(1, 1.0));
    assertEquals(Duration.ofSeconds(4), p.backoff(3, 0.5));
    assertEquals(Duration.ofSeconds(5), p.backoff(10, 0.5), "capped");
    assertEquals(Duration.ofSeconds(5), p.backoff(10, 1.0), "jitter never exceeds the cap");
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(5), 1.5));
  }

  @Test
  void waitsAreRecordedNotSlept() {
    // The whole retry suite runs with a fake sleeper; a real 60 s Retry-After would show here.
    answers(status(429).withHeader("Retry-After", "60"), status(200));
    long start = System.nanoTime();
    client.customers().get("c1");
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0);
    LoggedRequest last = requests().get(0);
    assertEquals("/v1/wholesale/customers/c1", last.getUrl());
  }

  @Test
  void readTimeoutsAreRetriedForGetButNotForPost() {
    answers(status(200).withFixedDelay(1_000));
    client.close();
    client = clientBuilder().readTimeout(Duration.ofMillis(150))
        .retryPolicy(RetryPolicy.builder().backoff(RetryPolicy.DEFAULT_BACKOFF.withJitter(0)).maxAttempts(2).build()).build();

    TransportException get = assertThrows(TransportException.class, () -> client.customers().get("c1"));
    assertEquals(TransportException.Kind.TIMEOUT, get.kind());
    assertEquals(2, requests().size());

    wm.resetRequests();
    TransportException post = assertThrows(TransportException.class,
        () -> client.customers().provision(TestData.customerProvision()));
    assertEquals(TransportException.Kind.TIMEOUT, post.kind());
    assertTrue(post.mayHaveReachedServer());
    assertEquals(1, requests().size(), "a provision that timed out may have been processed");
  }
}
